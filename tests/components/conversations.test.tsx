import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ProChat } from '../../src';
import { Conversations, createConversations, type ConversationMeta, type ConversationsApi } from '../../src/conversationsEntry';
import { groupByDate } from '../../src/components/Conversations/groupByDate';
import enUS from '../../src/locale/en-US';
import { flushMicrotasks, manualStream, utf8 } from '../helpers/streams';

const managers: ConversationsApi[] = [];
afterEach(() => {
  for (const m of managers.splice(0)) act(() => m.getState().destroy());
});

async function setup(request: Parameters<typeof ProChat>[0]['request'], storageList?: ConversationMeta[]) {
  const conversations = createConversations({
    saveInterval: 0,
    storage: storageList
      ? {
          listConversations: () => storageList,
          conversation: () => ({ load: () => undefined, save: () => undefined, clear: () => undefined }),
        }
      : undefined,
  });
  managers.push(conversations);
  render(
    <div>
      <Conversations conversations={conversations} />
      <ProChat conversations={conversations} request={request} />
    </div>,
  );
  // The list is read from the storage in a microtask.
  await act(() => flushMicrotasks());
  return { conversations, user: userEvent.setup() };
}

const list = () => screen.getByRole('navigation', { name: 'Conversations' });
const log = () => screen.getByRole('log');
const items = () => within(list()).queryAllByRole('button', { name: (name) => !/New chat|^Rename|^Delete/.test(name) });
const newChat = () => within(list()).getByRole('button', { name: /New chat/ });

describe('<Conversations> with <ProChat conversations>', () => {
  it('a sent message lists the chat under its words; New chat opens an empty one; the old one comes back', async () => {
    const { user } = await setup((messages) => `Re: ${messages.at(-1)?.content}`);
    expect(within(list()).getByText('No conversations yet')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Plan a trip{Enter}');
    expect(await within(log()).findByText('Re: Plan a trip')).toBeInTheDocument();
    expect(within(list()).getByRole('button', { name: 'Plan a trip' })).toHaveAttribute('aria-current', 'true');
    expect(within(list()).getByRole('heading', { name: 'Today' })).toBeInTheDocument();

    await user.click(newChat());
    expect(within(log()).queryByText('Re: Plan a trip')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Second question{Enter}');
    expect(await within(log()).findByText('Re: Second question')).toBeInTheDocument();
    expect(items().map((item) => item.textContent)).toEqual(['Second question', 'Plan a trip']);

    await user.click(within(list()).getByRole('button', { name: 'Plan a trip' }));
    expect(within(log()).getByText('Re: Plan a trip')).toBeInTheDocument();
    expect(within(log()).queryByText('Re: Second question')).not.toBeInTheDocument();
  });

  it('each conversation keeps what was typed and not sent while the user is in another', async () => {
    const { user } = await setup((messages) => `Re: ${messages.at(-1)?.content}`);
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'First chat{Enter}');
    await within(log()).findByText('Re: First chat');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Half a thou');
    await user.click(newChat());
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Second chat{Enter}');
    await within(log()).findByText('Re: Second chat');
    await user.click(within(list()).getByRole('button', { name: 'First chat' }));
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('Half a thou');
  });

  it('a reply left streaming shows a spinner in the list, keeps going, and is complete on return; Stop acts on the chat on screen', async () => {
    const story = manualStream<Uint8Array>();
    const other = manualStream<Uint8Array>();
    let calls = 0;
    const { user } = await setup(() => new Response((calls += 1) === 1 ? story.stream : other.stream));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Tell a story{Enter}');
    act(() => story.push(utf8('Once upon ')));
    await within(log()).findByText(/Once upon/);

    await user.click(newChat());
    const storyItem = within(list()).getByRole('button', { name: /^Tell a story/ });
    expect(within(storyItem).getByLabelText('Answering')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Quick one{Enter}');
    act(() => other.push(utf8('Partial')));
    await within(log()).findByText(/Partial/);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await within(log()).findByText(/Partial/)).toBeInTheDocument();
    expect(within(storyItem).getByLabelText('Answering')).toBeInTheDocument();

    await act(async () => {
      story.push(utf8('a time.'));
      story.close();
    });
    await vi.waitFor(() => expect(within(list()).queryByLabelText('Answering')).not.toBeInTheDocument());
    await user.click(within(list()).getByRole('button', { name: 'Tell a story' }));
    expect(within(log()).getByText('Once upon a time.')).toBeInTheDocument();
    expect(story.cancelled).toBe(false);
  });

  it('F2 renames (Escape keeps the name), Delete asks first, and arrow keys move through the list', async () => {
    const now = Date.now();
    const saved: ConversationMeta[] = [
      { id: 'a', title: 'Alpha', createdAt: now, updatedAt: now },
      { id: 'b', title: 'Beta', createdAt: now - 1, updatedAt: now - 1 },
      { id: 'c', title: 'Gamma', createdAt: now - 2, updatedAt: now - 2 },
    ];
    const { user, conversations } = await setup(() => 'ok', saved);
    const alpha = await within(list()).findByRole('button', { name: 'Alpha' });
    expect(alpha).toHaveAttribute('aria-current', 'true');
    act(() => alpha.focus());
    await user.keyboard('{ArrowDown}');
    expect(within(list()).getByRole('button', { name: 'Beta' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(list()).getByRole('button', { name: 'Gamma' })).toHaveFocus();

    await user.keyboard('{F2}');
    const box = within(list()).getByRole('textbox', { name: 'Rename' });
    await user.clear(box);
    await user.type(box, 'Discarded{Escape}');
    expect(within(list()).getByRole('button', { name: 'Gamma' })).toBeInTheDocument();

    await user.click(within(list()).getByRole('button', { name: 'Gamma' }));
    await user.keyboard('{F2}');
    await user.type(within(list()).getByRole('textbox', { name: 'Rename' }), ' ray{Enter}');
    expect(within(list()).getByRole('button', { name: 'Gamma ray' })).toBeInTheDocument();
    expect(conversations.getState().conversations.find((c) => c.id === 'c')).toMatchObject({ title: 'Gamma ray', titled: true });

    // By keyboard: Delete asks first, Cancel keeps it.
    act(() => within(list()).getByRole('button', { name: 'Gamma ray' }).focus());
    await user.keyboard('{ArrowUp}{Delete}');
    const confirm = within(list()).getByRole('group', { name: 'Delete' });
    expect(confirm).toHaveTextContent('Delete “Beta”?');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(list()).getByRole('button', { name: 'Beta' })).toBeInTheDocument();
    // By pointer, on the open chat's Delete button.
    await user.click(within(list()).getByRole('button', { name: 'Beta' }));
    await user.click(within(list()).getByRole('button', { name: 'Delete: Beta' }));
    await user.click(within(within(list()).getByRole('group', { name: 'Delete' })).getByRole('button', { name: 'Delete' }));
    expect(within(list()).queryByRole('button', { name: 'Beta' })).not.toBeInTheDocument();
    expect(items().map((item) => item.textContent)).toEqual(['Alpha', 'Gamma ray']);
  });

  it('a long list opens with its first rows and draws the rest right after', async () => {
    const now = Date.now();
    const saved = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, title: `Chat ${i}`, createdAt: now - i, updatedAt: now - i }));
    await setup(() => 'ok', saved);
    expect(items()).toHaveLength(60);
    // A frame, then a task: the rest is drawn in a transition.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(items()).toHaveLength(300);
    expect(items().at(-1)).toHaveTextContent('Chat 299');
  });

  it('after a delete the focus goes to the next conversation; Escape takes the question back', async () => {
    const now = Date.now();
    const { user } = await setup(
      () => 'ok',
      [
        { id: 'a', title: 'Alpha', createdAt: now, updatedAt: now },
        { id: 'b', title: 'Beta', createdAt: now - 1, updatedAt: now - 1 },
      ],
    );
    act(() => within(list()).getByRole('button', { name: 'Alpha' }).focus());
    await user.keyboard('{Delete}');
    expect(within(list()).getByRole('group', { name: 'Delete' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(within(list()).queryByRole('group', { name: 'Delete' })).not.toBeInTheDocument();
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(within(list()).getByRole('button', { name: 'Alpha' })).toHaveFocus();
    await user.keyboard('{Delete}{Enter}');
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(within(list()).queryByRole('button', { name: 'Alpha' })).not.toBeInTheDocument();
    expect(within(list()).getByRole('button', { name: 'Beta' })).toHaveFocus();
  });

  it('conversation titles are text, never markup', async () => {
    const now = Date.now();
    await setup(() => 'ok', [{ id: 'x', title: '<img src=x onerror=alert(1)>', createdAt: now, updatedAt: now }]);
    expect(await within(list()).findByRole('button', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(list().querySelector('img')).toBeNull();
  });
});

describe('groupByDate', () => {
  it('Today, Yesterday, Previous 7 days, Previous 30 days, then months, newest first', () => {
    const now = new Date(2026, 11, 7, 15).getTime();
    const day = 86_400_000;
    const at = (ms: number, id: string): ConversationMeta => ({ id, title: id, createdAt: ms, updatedAt: ms });
    const groups = groupByDate(
      [
        at(now - 1000, 'a'),
        at(now - day, 'b'),
        at(now - 3 * day, 'c'),
        at(now - 20 * day, 'd'),
        at(now - 60 * day, 'e'),
        at(now - 65 * day, 'f'),
      ],
      enUS,
      now,
      'en-US',
    );
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id).join('')])).toEqual([
      ['Today', 'a'],
      ['Yesterday', 'b'],
      ['Previous 7 days', 'c'],
      ['Previous 30 days', 'd'],
      ['October 2026', 'ef'],
    ]);
  });
});
