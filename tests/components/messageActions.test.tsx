import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { createMessage, ProChat, useMessageActions, type ChatMessage } from '../../src';

const log = () => screen.getByRole('log');
const rows = (role: string) => [...log().querySelectorAll<HTMLElement>(`[data-role="${role}"]`)];
const textOf = (row: HTMLElement) => row.querySelector('[data-part="content"]')?.textContent ?? '';

const history = (): ChatMessage[] => [
  createMessage({ id: 'u1', role: 'user', content: 'First question' }),
  createMessage({ id: 'a1', role: 'assistant', content: 'First answer', parentId: 'u1' }),
  createMessage({ id: 'u2', role: 'user', content: 'Second question' }),
  createMessage({ id: 'a2', role: 'assistant', content: 'Second answer', parentId: 'u2' }),
];

/** An app's own action bar, built on the same actions as the default one. */
function MyBar({ id }: { id: string }) {
  const { startEdit, regenerate, remove, copy } = useMessageActions(id);
  return (
    <div>
      <button type="button" onClick={startEdit}>
        My edit
      </button>
      <button type="button" onClick={() => void regenerate()}>
        My regenerate
      </button>
      <button type="button" onClick={() => void remove()}>
        My delete
      </button>
      <button type="button" onClick={() => void copy()}>
        My copy
      </button>
    </div>
  );
}

function renderChat(
  extra: { onRegenerateFinished?: (id: string, error?: boolean) => void; beforeDelFinished?: (id: string) => void } = {},
) {
  let n = 0;
  const request = vi.fn((messages: ChatMessage[]) => `reply ${++n} to ${messages.at(-1)?.content}`);
  render(
    <ProChat
      initialChats={history()}
      request={request}
      smoothOutput={false}
      chatItemRenderConfig={{
        actionsRender: (props) => <MyBar id={props['data-id']} />,
        actionsCallbacks: extra,
      }}
    />,
  );
  return { request };
}

describe('useMessageActions in a custom action bar', () => {
  it('edit opens the row’s own editor; saving a question answers it again', async () => {
    renderChat();
    const user = userEvent.setup();
    await user.click(within(rows('user')[1]).getByRole('button', { name: 'My edit' }));
    const editor = screen.getByRole('textbox', { name: 'Edit' });
    await user.clear(editor);
    await user.type(editor, 'Better question');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(rows('user')[1]).toHaveTextContent('Better question');
    await waitFor(() => expect(textOf(rows('assistant')[1])).toBe('reply 1 to Better question'));
    expect(textOf(rows('assistant')[0])).toBe('First answer');
  });

  it('regenerate makes a new version of that reply and notifies onRegenerateFinished', async () => {
    const onRegenerateFinished = vi.fn();
    const { request } = renderChat({ onRegenerateFinished });
    await userEvent.setup().click(within(rows('assistant')[0]).getByRole('button', { name: 'My regenerate' }));
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('reply 1 to First question'));
    expect(request.mock.calls[0][0].map((m: ChatMessage) => m.content)).toEqual(['First question']);
    expect(onRegenerateFinished).toHaveBeenCalledWith('a1', false);
    // The later turn went with the old version, one click away.
    expect(rows('assistant')).toHaveLength(1);
    await userEvent.setup().click(within(rows('assistant')[0]).getByRole('button', { name: 'Previous version' }));
    expect(rows('assistant')).toHaveLength(2);
    expect(textOf(rows('assistant')[0])).toBe('First answer');
  });

  it('delete on a question removes its turn after beforeDelFinished; copy writes the text', async () => {
    const beforeDelFinished = vi.fn();
    renderChat({ beforeDelFinished });
    const user = userEvent.setup();
    await user.click(within(rows('assistant')[1]).getByRole('button', { name: 'My copy' }));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe('Second answer'));
    await user.click(within(rows('user')[0]).getByRole('button', { name: 'My delete' }));
    await waitFor(() => expect(rows('user')).toHaveLength(1));
    expect(beforeDelFinished).toHaveBeenCalledWith('u1');
    expect(rows('user')[0]).toHaveTextContent('Second question');
    expect(rows('assistant').map(textOf)).toEqual(['Second answer']);
  });
});
