import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { localStorageAdapter, ProChat, type ChatMessage, type StoredChatMessage } from '../../src';

const history: ChatMessage[] = [
  { id: 'q1', role: 'user', content: 'Name a colour', createdAt: 1, updatedAt: 1 },
  { id: 'a1', role: 'assistant', content: 'Red', parentId: 'q1', createdAt: 2, updatedAt: 2 },
  { id: 'q2', role: 'user', content: 'Another one', createdAt: 3, updatedAt: 3 },
  { id: 'a2', role: 'assistant', content: 'Blue', parentId: 'q2', createdAt: 4, updatedAt: 4 },
];

/** Answers "Answer N: <question>", recording the path each request got. */
function answering() {
  const asked: string[][] = [];
  const request = async (messages: StoredChatMessage[]) => {
    asked.push(messages.map((m) => m.content));
    return new Response(`Answer ${asked.length}: ${messages.at(-1)!.content}`);
  };
  return { asked, request };
}

const log = () => screen.getByRole('log');
const row = (text: string) => within(log()).getByText(text).closest<HTMLElement>('[data-message-id]')!;
const shown = () => [...document.querySelectorAll('[data-message-id] [data-part="content"]')].map((node) => node.textContent);

describe('versions: regenerate and edit keep what was there', () => {
  it('Regenerate makes a second version with a < 2 / 2 > picker; Previous version brings back the old reply and the turns after it', async () => {
    const { asked, request } = answering();
    render(<ProChat initialChats={history} request={request} />);
    const user = userEvent.setup();
    await user.click(within(row('Red')).getByRole('button', { name: 'Regenerate' }));
    await within(log()).findByText('Answer 1: Name a colour');
    expect(asked).toEqual([['Name a colour']]);
    expect(shown()).toEqual(['Name a colour', 'Answer 1: Name a colour']);

    const picker = within(row('Answer 1: Name a colour')).getByRole('group', { name: 'Version 2 of 2' });
    expect(picker).toHaveTextContent('2 / 2');
    expect(within(picker).getByRole('button', { name: 'Next version' })).toBeDisabled();
    await user.click(within(picker).getByRole('button', { name: 'Previous version' }));
    expect(shown()).toEqual(['Name a colour', 'Red', 'Another one', 'Blue']);
    expect(within(row('Red')).getByRole('group', { name: 'Version 1 of 2' })).toHaveTextContent('1 / 2');

    // A question sent now goes on the version on screen, with only that path.
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'And a third{Enter}');
    await within(log()).findByText('Answer 2: And a third');
    expect(asked[1]).toEqual(['Name a colour', 'Red', 'Another one', 'Blue', 'And a third']);
  });

  it('Saving an edited question answers it as a new version; the old question and its reply stay one click away', async () => {
    const { asked, request } = answering();
    const changes: string[][] = [];
    render(<ProChat initialChats={history} request={request} onChatsChange={(chats) => changes.push(chats.map((m) => m.content))} />);
    const user = userEvent.setup();
    await user.click(within(row('Another one')).getByRole('button', { name: 'Edit' }));
    const editor = await screen.findByDisplayValue('Another one');
    await user.clear(editor);
    await user.type(editor, 'A warm one');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await within(log()).findByText('Answer 1: A warm one');
    expect(asked).toEqual([['Name a colour', 'Red', 'A warm one']]);
    // onChatsChange (and getChats) give the path on screen.
    expect(changes.at(-1)).toEqual(['Name a colour', 'Red', 'A warm one', 'Answer 1: A warm one']);

    await user.click(within(row('A warm one')).getByRole('button', { name: 'Previous version' }));
    expect(shown()).toEqual(['Name a colour', 'Red', 'Another one', 'Blue']);
    expect(changes.at(-1)).toEqual(['Name a colour', 'Red', 'Another one', 'Blue']);
    await user.click(within(row('Another one')).getByRole('button', { name: 'Next version' }));
    expect(shown()).toEqual(['Name a colour', 'Red', 'A warm one', 'Answer 1: A warm one']);
  });

  it('versions are saved with the conversation and come back after a reload', async () => {
    localStorage.clear();
    const { request } = answering();
    const storage = () => localStorageAdapter('versions-test');
    const first = render(<ProChat initialChats={history} request={request} storage={storage()} saveInterval={0} />);
    const user = userEvent.setup();
    await user.click(within(row('Blue')).getByRole('button', { name: 'Regenerate' }));
    await within(log()).findByText('Answer 1: Another one');
    await waitFor(() => expect(localStorage.getItem('pro-chat-next:versions-test')).toContain('Answer 1: Another one'));
    first.unmount();

    render(<ProChat request={request} storage={storage()} />);
    const picker = await screen.findByRole('group', { name: 'Version 2 of 2' });
    await user.click(within(picker).getByRole('button', { name: 'Previous version' }));
    expect(shown()).toEqual(['Name a colour', 'Red', 'Another one', 'Blue']);
  });

  it('branching={false} overwrites, as pro-chat did: no picker, the later turns stay', async () => {
    const { request } = answering();
    render(<ProChat initialChats={history} request={request} branching={false} />);
    const user = userEvent.setup();
    await user.click(within(row('Red')).getByRole('button', { name: 'Regenerate' }));
    await within(log()).findByText('Answer 1: Name a colour');
    expect(shown()).toEqual(['Name a colour', 'Answer 1: Name a colour', 'Another one', 'Blue']);
    expect(screen.queryByRole('group', { name: /^Version/ })).toBeNull();
  });
});
