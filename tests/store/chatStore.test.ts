import { describe, expect, it, vi } from 'vitest';

import { createChatStore, createMessage, type ChatMessage, type ChatRequest } from '../../src';
import { manualFrames, manualStream, utf8, fetchedResponse } from '../helpers/streams';

function setup(request: ChatRequest, extra: Record<string, unknown> = {}) {
  const frames = manualFrames();
  const store = createChatStore({ options: { request, scheduleFrame: frames.schedule, ...extra } });
  const writes: ChatMessage[][] = [];
  store.subscribe((state, prev) => {
    if (state.messages !== prev.messages) writes.push(state.messages);
  });
  return { store, frames, writes };
}

const reply = (store: ReturnType<typeof createChatStore>) => store.getState().messages.at(-1)!;

describe('chat store streaming loop', () => {
  it('writes at most once per frame however many chunks arrive, and once at the end', async () => {
    const source = manualStream<Uint8Array>();
    const { store, frames, writes } = setup(() => new Response(source.stream));
    const done = store.getState().sendMessage('hi');
    expect(writes).toHaveLength(1); // user + pending reply
    for (let i = 0; i < 100; i += 1) source.push(utf8(`${i} `));
    await vi.waitFor(() => expect(frames.pending).toBe(1));
    // 100 chunks read, no store write yet: they wait for the frame.
    await new Promise((r) => setTimeout(r, 0));
    expect(writes).toHaveLength(1);
    frames.tick();
    expect(writes).toHaveLength(2);
    expect(reply(store).status).toBe('streaming');
    expect(reply(store).content.startsWith('0 1 2 ')).toBe(true);
    source.push(utf8('end'));
    source.close();
    await done;
    expect(writes).toHaveLength(3); // the final write, no frame needed
    const expected = Array.from({ length: 100 }, (_, i) => `${i} `).join('') + 'end';
    expect(reply(store)).toMatchObject({ content: expected, status: 'done', role: 'assistant' });
    expect(store.getState().loadingId).toBeNull();
    expect(frames.pending).toBe(0);
  });

  it('fires onChatStart, onChatGenerate and onChatEnd in order, onChatEnd after the final text is stored', async () => {
    const events: string[] = [];
    let store!: ReturnType<typeof createChatStore>;
    const { store: s } = setup(() => 'whole reply', {
      onChatStart: (messages: ChatMessage[]) => events.push(`start:${messages.map((m) => m.content).join('|')}`),
      onChatGenerate: (delta: string) => events.push(`delta:${delta}`),
      onChatEnd: (id: string, reason: string) => {
        const message = store.getState().getMessageById(id)!;
        events.push(`end:${reason}:${message.status}:${message.content}:${store.getState().loadingId}`);
      },
    });
    store = s;
    await store.getState().sendMessage('question');
    expect(events).toEqual(['start:question', 'delta:whole reply', 'end:done:done:whole reply:null']);
  });

  it('Stop aborts the signal and keeps the partial reply as aborted', async () => {
    const source = manualStream<Uint8Array>();
    let signal!: AbortSignal;
    const onChatEnd = vi.fn();
    const { store, frames } = setup(
      (_m, options) => {
        signal = options.signal;
        return fetchedResponse(source.stream);
      },
      { onChatEnd },
    );
    const done = store.getState().sendMessage('hi');
    source.push(utf8('partial '));
    await vi.waitFor(() => expect(frames.pending).toBe(1));
    store.getState().stopGenerating();
    expect(store.getState().loadingId).toBeNull();
    await done;
    expect(signal.aborted).toBe(true);
    expect(source.cancelled).toBe(true);
    expect(reply(store)).toMatchObject({ content: 'partial ', status: 'aborted' });
    expect(onChatEnd).toHaveBeenCalledWith(reply(store).id, 'abort');
  });

  it('a request that throws keeps the user message and records the error on the reply', async () => {
    const { store } = setup(() => {
      throw new Error('no network');
    });
    await store.getState().sendMessage('hello');
    const [user, answer] = store.getState().messages;
    expect(user).toMatchObject({ role: 'user', content: 'hello' });
    expect(answer).toMatchObject({ status: 'error', error: { message: 'no network' } });
    expect(store.getState().loadingId).toBeNull();
  });

  it('a stream that errors mid-way keeps the text so far', async () => {
    const source = manualStream<Uint8Array>();
    const { store, frames } = setup(() => new Response(source.stream));
    const done = store.getState().sendMessage('hi');
    source.push(utf8('kept '));
    // A frame is scheduled once the delta has been read (error() would drop it from the queue).
    await vi.waitFor(() => expect(frames.pending).toBe(1));
    source.error(new TypeError('network error'));
    await done;
    expect(reply(store)).toMatchObject({ content: 'kept ', status: 'error', error: { message: 'network error' } });
  });

  it('sending while a reply streams stops the first cleanly; its late finish cannot clear the second', async () => {
    const first = manualStream<Uint8Array>();
    const second = manualStream<Uint8Array>();
    const sources = [first, second];
    const signals: AbortSignal[] = [];
    const { store } = setup((_m, { signal }) => {
      signals.push(signal);
      return new Response(sources[signals.length - 1].stream);
    });
    const one = store.getState().sendMessage('one');
    first.push(utf8('first partial'));
    await new Promise((r) => setTimeout(r, 0));
    const two = store.getState().sendMessage('two');
    const secondReplyId = reply(store).id;
    expect(store.getState().loadingId).toBe(secondReplyId);
    await one;
    // The first reply's finish ran after the second started: the second is still loading.
    expect(store.getState().loadingId).toBe(secondReplyId);
    expect(signals[0].aborted).toBe(true);
    expect(signals[1].aborted).toBe(false);
    second.push(utf8('second'));
    second.close();
    await two;
    const contents = store.getState().messages.map((m) => `${m.role}:${m.content}:${m.status}`);
    expect(contents).toEqual(['user:one:done', 'assistant:first partial:aborted', 'user:two:done', 'assistant:second:done']);
  });

  it('with branching off, resendMessage replaces the reply in place and sends the history up to its question', async () => {
    const seen: string[][] = [];
    let n = 0;
    const { store } = setup(
      (messages) => {
        seen.push(messages.map((m) => m.content));
        n += 1;
        return `answer ${n}`;
      },
      { branching: false },
    );
    await store.getState().sendMessage('q1');
    await store.getState().sendMessage('q2');
    const firstReply = store.getState().messages[1];
    await store.getState().resendMessage(firstReply.id);
    expect(seen.at(-1)).toEqual(['q1']);
    expect(store.getState().messages.map((m) => m.content)).toEqual(['q1', 'answer 3', 'q2', 'answer 2']);
    // Resending a user message replaces the reply that follows it.
    await store.getState().resendMessage(store.getState().messages[2].id);
    expect(seen.at(-1)).toEqual(['q1', 'answer 3', 'q2']);
    expect(store.getState().messages.map((m) => m.content)).toEqual(['q1', 'answer 3', 'q2', 'answer 4']);
  });

  it('reads the request and callbacks current at call time, not at creation', async () => {
    const { store } = setup(() => 'old');
    store.getState().setOptions({ request: () => 'new' });
    await store.getState().sendMessage('x');
    expect(reply(store).content).toBe('new');
  });

  it('deleteMessage, setMessageContent, updateMessage, pushMessage and clearMessages', async () => {
    const { store } = setup(() => 'r');
    const pushed = store.getState().pushMessage({ role: 'assistant', content: 'server push' });
    expect(store.getState().messages).toEqual([pushed]);
    store.getState().setMessageContent(pushed.id, 'edited');
    store.getState().updateMessage(pushed.id, { extra: { a: 1 } });
    expect(store.getState().getMessageById(pushed.id)).toMatchObject({ content: 'edited', extra: { a: 1 } });
    store.getState().deleteMessage(pushed.id);
    expect(store.getState().messages).toEqual([]);
    store.getState().setMessages([createMessage({ role: 'user', content: 'a' })]);
    store.getState().clearMessages();
    expect(store.getState().messages).toEqual([]);
  });

  it('deleting the streaming reply stops it', async () => {
    const source = manualStream<Uint8Array>();
    const { store } = setup(() => fetchedResponse(source.stream));
    const done = store.getState().sendMessage('hi');
    store.getState().deleteMessage(reply(store).id);
    await done;
    expect(source.cancelled).toBe(true);
    expect(store.getState().messages.map((m) => m.content)).toEqual(['hi']);
    expect(store.getState().loadingId).toBeNull();
  });

  it('reports a missing request function as an error on the reply', async () => {
    const store = createChatStore();
    await store.getState().sendMessage('hi');
    expect(reply(store)).toMatchObject({ status: 'error', error: { code: 'no_request' } });
  });
});

describe('prependMessages', () => {
  it('puts older messages first, leaving out ids already shown', () => {
    const store = createChatStore({ messages: [createMessage({ id: 'b', role: 'user', content: 'newer' })] });
    store.getState().prependMessages([
      { id: 'a', role: 'assistant', content: 'older' },
      { id: 'b', role: 'user', content: 'duplicate' },
    ]);
    expect(store.getState().messages.map((m) => `${m.id}:${m.content}`)).toEqual(['a:older', 'b:newer']);
    const same = store.getState().messages;
    store.getState().prependMessages([{ id: 'a', role: 'assistant', content: 'again' }]);
    expect(store.getState().messages).toBe(same);
  });
});
