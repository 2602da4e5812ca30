import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createChatStore, ProChat } from '../../src';
import { manualStream, utf8 } from '../helpers/streams';

/** Each request gets the next of these streams; `asked` lists the question each was asked. */
function scriptedReplies(count: number) {
  const streams = Array.from({ length: count }, () => manualStream<Uint8Array>());
  const asked: string[] = [];
  const request = (messages: { content: string }[]) => {
    asked.push(messages.at(-1)!.content);
    return new Response(streams[asked.length - 1].stream);
  };
  return { streams, asked, request };
}

const queue = () => screen.queryByRole('list', { name: 'Queued, sent when the reply ends' });
const userTexts = () => [...document.querySelectorAll('[data-role="user"] [data-part="content"]')].map((node) => node.textContent);

describe("whileGenerating: 'queue'", () => {
  it('messages sent during a reply wait in a visible queue, removable, and go in order as replies end', async () => {
    const { streams, asked, request } = scriptedReplies(3);
    render(<ProChat request={request} whileGenerating="queue" />);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'First{Enter}');
    act(() => streams[0].push(utf8('Answer one')));
    await screen.findByText('Answer one');

    await user.type(box, 'Second{Enter}');
    await user.type(box, 'Third{Enter}');
    await user.type(box, 'Fourth{Enter}');
    expect(box).toHaveValue('');
    expect(
      within(queue()!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Second', 'Third', 'Fourth']);
    await user.click(screen.getByRole('button', { name: 'Remove from the queue: Third' }));
    expect(
      within(queue()!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Second', 'Fourth']);
    expect(asked).toEqual(['First']);

    await act(async () => streams[0].close());
    await waitFor(() => expect(asked).toEqual(['First', 'Second']));
    expect(
      within(queue()!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Fourth']);
    await act(async () => {
      streams[1].push(utf8('Answer two'));
      streams[1].close();
    });
    await waitFor(() => expect(asked).toEqual(['First', 'Second', 'Fourth']));
    expect(queue()).toBeNull();
    expect(userTexts()).toEqual(['First', 'Second', 'Fourth']);
  });

  it('Stop clears nothing that is queued: the stopped reply keeps its text and the queue goes on', async () => {
    const { streams, asked, request } = scriptedReplies(2);
    render(<ProChat request={request} whileGenerating="queue" />);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, 'Long one{Enter}');
    act(() => streams[0].push(utf8('Partial answer')));
    await screen.findByText('Partial answer');
    await user.type(box, 'Next{Enter}');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(asked).toEqual(['Long one', 'Next']));
    expect(screen.getByText('Partial answer')).toBeInTheDocument();
    expect(document.querySelector('[data-role="assistant"]')).toHaveAttribute('data-status', 'aborted');
  });

  it('a failed reply holds the queue; the default still asks the user to wait', async () => {
    let calls = 0;
    const store = createChatStore({
      options: {
        whileGenerating: 'queue',
        request: () => {
          calls += 1;
          if (calls === 1) return Promise.reject(new Error('server down'));
          return 'fine';
        },
      },
    });
    const first = store.getState().sendMessage('one');
    await store.getState().sendMessage('two');
    expect(store.getState().queued.map((q) => q.content)).toEqual(['two']);
    await first;
    expect(store.getState().messages.at(-1)?.status).toBe('error');
    expect(store.getState().queued.map((q) => q.content)).toEqual(['two']);
    expect(calls).toBe(1);

    const { request, streams } = scriptedReplies(1);
    render(<ProChat request={request} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'A{Enter}');
    act(() => streams[0].push(utf8('...')));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'B{Enter}');
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('B');
    expect(queue()).toBeNull();
    await act(async () => streams[0].close());
    await waitFor(() => expect(document.querySelector('[data-role="assistant"]')).toHaveAttribute('data-status', 'done'));
  });
});

describe('the queue keeps its order', () => {
  it('a message sent while the next queued one is starting waits behind it, aborting nothing', async () => {
    const streams = [manualStream<Uint8Array>(), manualStream<Uint8Array>(), manualStream<Uint8Array>()];
    const asked: string[] = [];
    let ids = 0;
    const store = createChatStore({
      options: {
        whileGenerating: 'queue',
        // An id generator that takes its time: the window in which a send is starting.
        genMessageId: async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return `m${(ids += 1)}`;
        },
        request: (messages) => {
          asked.push(messages.at(-1)!.content);
          return new Response(streams[asked.length - 1].stream);
        },
      },
    });
    const first = store.getState().sendMessage('one');
    await waitFor(() => expect(asked).toEqual(['one']));
    await store.getState().sendMessage('two');
    streams[0].close();
    await first;
    // 'two' is starting (making its ids): 'three' must wait behind it.
    await store.getState().sendMessage('three');
    expect(store.getState().queued.map((q) => q.content)).toEqual(['three']);
    await waitFor(() => expect(asked).toEqual(['one', 'two']));
    streams[1].close();
    await waitFor(() => expect(asked).toEqual(['one', 'two', 'three']));
    streams[2].close();
    await waitFor(() => expect(store.getState().loadingId).toBeNull());
    expect(
      store
        .getState()
        .messages.filter((m) => m.role === 'assistant')
        .map((m) => m.status),
    ).toEqual(['done', 'done', 'done']);
  });

  it('a send after a failed reply releases the held queue oldest first', async () => {
    const asked: string[] = [];
    const store = createChatStore({
      options: {
        whileGenerating: 'queue',
        request: (messages) => {
          asked.push(messages.at(-1)!.content);
          return asked.length === 1 ? Promise.reject(new Error('down')) : 'ok';
        },
      },
    });
    const first = store.getState().sendMessage('one');
    await store.getState().sendMessage('two');
    await first;
    expect(store.getState().queued.map((q) => q.content)).toEqual(['two']);
    await store.getState().sendMessage('three');
    await waitFor(() => expect(asked).toEqual(['one', 'two', 'three']));
    await waitFor(() => expect(store.getState().queued).toEqual([]));
  });
});
