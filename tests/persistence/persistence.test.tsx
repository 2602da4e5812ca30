import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createMessage, localStorageAdapter, ProChat, type ChatStorage, type ProChatInstance, type SavedConversation } from '../../src';
import { manualStream, utf8 } from '../helpers/streams';

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const rows = () => [...screen.getByRole('log').querySelectorAll<HTMLElement>('[data-role]')];

function memoryStorage(initial?: unknown) {
  let data = initial;
  const storage: ChatStorage & { saves: SavedConversation[] } = {
    saves: [],
    load: vi.fn(() => data),
    save: vi.fn((next: SavedConversation) => {
      storage.saves.push(structuredClone(next));
      data = next;
    }),
    clear: vi.fn(() => {
      data = undefined;
    }),
  };
  return storage;
}

const saved = (...messages: ReturnType<typeof createMessage>[]): SavedConversation => ({ version: 1, messages });

describe('storage', () => {
  it('restores a saved conversation (sync and async adapters)', async () => {
    const sync = memoryStorage(saved(createMessage({ role: 'user', content: 'remembered' })));
    const view = render(<ProChat storage={sync} />);
    expect(await within(screen.getByRole('log')).findByText('remembered')).toBeInTheDocument();
    view.unmount();

    const async: ChatStorage = {
      load: async () => saved(createMessage({ role: 'assistant', content: 'from async storage' })),
      save: async () => undefined,
      clear: async () => undefined,
    };
    render(<ProChat storage={async} />);
    expect(await within(screen.getByRole('log')).findByText('from async storage')).toBeInTheDocument();
  });

  it('throttles saves while a reply streams and flushes the latest text on pagehide', async () => {
    const storage = memoryStorage();
    const source = manualStream<Uint8Array>();
    render(<ProChat storage={storage} saveInterval={60_000} smoothOutput={false} request={() => new Response(source.stream)} />);
    await waitFor(() => expect(storage.load).toHaveBeenCalled());
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    for (let i = 0; i < 9; i += 1) {
      source.push(utf8(`chunk${i} `));
      // Each chunk is on screen (its frame came) before the next arrives.
      await screen.findByText(new RegExp(`chunk${i}`));
    }
    // Many frames of writes, but at most one save within the interval (a minute here, so a slow machine cannot cross it).
    expect(storage.saves.length).toBeLessThanOrEqual(1);
    // The last chunk arrives but its frame never comes (the tab is being hidden): the save on
    // pagehide still has it.
    const held: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => held.push(cb));
    try {
      source.push(utf8('chunk9 '));
      await waitFor(() => expect(held.length).toBeGreaterThan(0));
      expect(screen.queryByText(/chunk9/)).toBeNull();
      act(() => {
        window.dispatchEvent(new Event('pagehide'));
      });
    } finally {
      raf.mockRestore();
    }
    const last = storage.saves.at(-1)!;
    expect(last.messages.at(-1)?.content).toContain('chunk9');
    expect(last.messages.at(-1)?.status).toBe('streaming');
    source.close();
    await waitFor(() => expect(screen.getByRole('log').querySelector('[data-role="assistant"]')).toHaveAttribute('data-status', 'done'));
  });

  it('a message pushed as a React node is saved without the node', async () => {
    const storage = memoryStorage();
    const ref = { current: undefined as ProChatInstance | undefined };
    render(<ProChat chatRef={ref} storage={storage} request={() => 'ok'} />);
    await waitFor(() => expect(storage.load).toHaveBeenCalled());
    act(() => {
      ref.current!.pushChat({ role: 'assistant', content: <b>card</b> });
    });
    expect(await screen.findByText('card')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    const last = storage.saves.at(-1)!;
    expect(last.messages).toHaveLength(1);
    expect(last.messages[0]).not.toHaveProperty('node');
  });

  it('a reply interrupted by a reload comes back marked as interrupted, with Retry', async () => {
    const storage = memoryStorage(
      saved(
        createMessage({ id: 'u', role: 'user', content: 'Question' }),
        createMessage({ id: 'a', role: 'assistant', content: 'Half an ans', parentId: 'u', status: 'streaming' }),
      ),
    );
    render(<ProChat storage={storage} request={() => 'The full answer.'} smoothOutput={false} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The page was reloaded before this reply finished.');
    expect(rows()[1]).toHaveAttribute('data-status', 'error');
    expect(rows()[1]).toHaveTextContent('Half an ans');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rows()[1]).toHaveTextContent('The full answer.'));
  });

  it.each([
    ['not JSON at all', '{oops'],
    ['an old or unknown format', JSON.stringify([{ id: 'x', role: 'user', content: 'old array form' }])],
    ['a future version', JSON.stringify({ version: 99, messages: [] })],
    ['a malformed message', JSON.stringify({ version: 1, messages: [{ id: 1, role: 'user' }] })],
  ])('%s: a clear warning and an empty chat, no crash', async (_name, raw) => {
    localStorage.setItem('pro-chat-next:broken', raw);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<ProChat storage={localStorageAdapter('broken')} helloMessage="Fresh start" />);
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(String(warn.mock.calls[0][0])).toMatch(/\[pro-chat-next\].*(saved conversation)/i);
    expect(screen.getByText('Fresh start')).toBeInTheDocument();
  });

  it('two chats with different keys never mix', async () => {
    const { unmount } = render(
      <>
        <div data-testid="a">
          <ProChat storage={localStorageAdapter('a')} request={() => 'answer A'} smoothOutput={false} />
        </div>
        <div data-testid="b">
          <ProChat storage={localStorageAdapter('b')} request={() => 'answer B'} smoothOutput={false} />
        </div>
      </>,
    );
    const user = userEvent.setup();
    await user.type(within(screen.getByTestId('a')).getByRole('textbox', { name: 'Message' }), 'question A{Enter}');
    await user.type(within(screen.getByTestId('b')).getByRole('textbox', { name: 'Message' }), 'question B{Enter}');
    await within(within(screen.getByTestId('a')).getByRole('log')).findByText('answer A');
    await within(within(screen.getByTestId('b')).getByRole('log')).findByText('answer B');
    unmount(); // flushes both
    const a = JSON.parse(localStorage.getItem('pro-chat-next:a')!) as SavedConversation;
    const b = JSON.parse(localStorage.getItem('pro-chat-next:b')!) as SavedConversation;
    expect(a.messages.map((m) => m.content)).toEqual(['question A', 'answer A']);
    expect(b.messages.map((m) => m.content)).toEqual(['question B', 'answer B']);

    render(<ProChat storage={localStorageAdapter('a')} />);
    expect(await within(screen.getByRole('log')).findByText('answer A')).toBeInTheDocument();
    expect(within(screen.getByRole('log')).queryByText('answer B')).toBeNull();
  });

  it('clearing the conversation clears the storage', async () => {
    const storage = memoryStorage(saved(createMessage({ role: 'user', content: 'to be cleared' })));
    render(<ProChat storage={storage} />);
    await within(screen.getByRole('log')).findByText('to be cleared');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clear conversation' }));
    await user.click(await screen.findByRole('button', { name: 'OK' }));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(storage.clear).toHaveBeenCalled();
  });
});
