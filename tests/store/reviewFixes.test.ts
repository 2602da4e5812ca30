// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import { createChatStore, sseTextStream, StreamingTextResponse } from '../../src';
import { readOutcome } from '../helpers/sse';
import { manualStream } from '../helpers/streams';

describe('edge cases found in review', () => {
  it('a throwing pick fails the stream after the text before it and releases the body', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('data: ok\n\ndata: boom\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const outcome = await readOutcome(
      sseTextStream(new Response(body), {
        pick: (e) => {
          if (e.data === 'boom') throw new Error('cannot read boom');
          return e.data;
        },
      }),
    );
    expect(outcome.text).toBe('ok');
    expect(outcome.error?.message).toBe('cannot read boom');
    expect(cancelled).toBe(true);
  });

  it('StreamingTextResponse does not stall on empty strings from an iterable', async () => {
    async function* gen() {
      yield 'a';
      yield '';
      yield '';
      yield 'b';
    }
    expect(await new StreamingTextResponse(gen()).text()).toBe('ab');
  });

  it('Stop settles the reply at once: aborted, with the text so far', async () => {
    const source = manualStream<string>();
    const frames: Array<() => void> = [];
    const store = createChatStore({
      options: {
        request: () => source.stream,
        scheduleFrame: (cb) => {
          frames.push(cb);
          return () => undefined;
        },
      },
    });
    const done = store.getState().sendMessage('hi');
    source.push('partial');
    await vi.waitFor(() => expect(frames.length).toBe(1));
    store.getState().stopGenerating();
    const reply = store.getState().messages[1];
    expect(reply).toMatchObject({ status: 'aborted', content: 'partial' });
    expect(store.getState().loadingId).toBeNull();
    await done;
    expect(store.getState().messages[1]).toMatchObject({ status: 'aborted', content: 'partial' });
  });

  it('stopping a pushed stream whose iterator is idle ends it promptly', async () => {
    const store = createChatStore();
    async function* idle() {
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      yield 'never';
    }
    const pushed = store.getState().streamMessage(idle());
    await new Promise((r) => setTimeout(r, 10));
    store.getState().stopGenerating();
    const message = await pushed;
    expect(message.status).toBe('aborted');
  });

  it('a scheduler that runs its callback at once still gets one write per delta batch', async () => {
    const source = manualStream<string>();
    const store = createChatStore({ options: { request: () => source.stream, scheduleFrame: (cb) => (cb(), () => undefined) } });
    const done = store.getState().sendMessage('hi');
    source.push('a');
    await vi.waitFor(() => expect(store.getState().messages[1].content).toBe('a'));
    source.push('b');
    await vi.waitFor(() => expect(store.getState().messages[1].content).toBe('ab'));
    source.close();
    await done;
  });

  it('transformToChatMessage gets the raw text so far, not the transformed one', async () => {
    const seen: string[] = [];
    const store = createChatStore({
      options: {
        request: async function* () {
          yield '<a>';
          yield '<b>';
        } as never,
        transformToChatMessage: (delta, raw) => {
          seen.push(raw);
          return delta.replace(/[<>]/g, '');
        },
      },
    });
    await store.getState().sendMessage('x');
    expect(seen).toEqual(['<a>', '<a><b>']);
    expect(store.getState().messages[1].content).toBe('ab');
  });
});
