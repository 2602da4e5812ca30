// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createChatStore, type ChatRequest, type ChatStoreOptions } from '../../src';
import { madeHere } from '../../src/core/stopPolicy';
import { manualStream } from '../helpers/streams';

function chat(request: ChatRequest, options: ChatStoreOptions = {}) {
  return createChatStore({ options: { request, scheduleFrame: (cb) => (cb(), () => undefined), ...options } });
}
const reply = (store: ReturnType<typeof chat>) => store.getState().messages.at(-1)!;

/** A request that never answers, but lets go when its signal aborts, as fetch does. */
const silent: ChatRequest = (_messages, { signal }) =>
  new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('requestTimeout and streamIdleTimeout', () => {
  it('no answer within requestTimeout fails the reply with a message naming the wait, keeping the question', async () => {
    const store = chat(silent, { requestTimeout: 5000 });
    const sent = store.getState().sendMessage('Hello?');
    await vi.advanceTimersByTimeAsync(4999);
    expect(reply(store).status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    await sent;
    expect(reply(store)).toMatchObject({
      status: 'error',
      error: { code: 'request_timeout', message: 'No answer came within 5 s (requestTimeout).' },
    });
    expect(store.getState().messages[0]).toMatchObject({ role: 'user', content: 'Hello?' });
  });

  it('a stream that goes quiet fails after streamIdleTimeout with the text so far kept; a steady one never does', async () => {
    const source = manualStream<string>();
    const store = chat(() => madeHere(source.stream), { requestTimeout: 1000, streamIdleTimeout: 3000 });
    const sent = store.getState().sendMessage('Tell me');
    await vi.advanceTimersByTimeAsync(900);
    source.push('part 0 ');
    for (let i = 1; i < 5; i += 1) {
      await vi.advanceTimersByTimeAsync(2500);
      source.push(`part ${i} `);
    }
    await vi.advanceTimersByTimeAsync(2999);
    expect(reply(store).status).toBe('streaming');
    await vi.advanceTimersByTimeAsync(1);
    await sent;
    expect(reply(store)).toMatchObject({
      status: 'error',
      content: 'part 0 part 1 part 2 part 3 part 4 ',
      error: { code: 'stream_idle_timeout', message: 'The answer stopped: nothing new came for 3 s (streamIdleTimeout).' },
    });
    expect(source.cancelled).toBe(true);
  });
});

describe('retry', () => {
  it('asks again after the backoff when the request fails before any text, and shows only the answer', async () => {
    let calls = 0;
    const store = chat(
      () => {
        calls += 1;
        return calls < 3 ? new Response('{"error":{"message":"busy"}}', { status: 503 }) : 'Finally';
      },
      { retry: { attempts: 2, backoff: 100 } },
    );
    const sent = store.getState().sendMessage('Hi');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toBe(2);
    expect(reply(store).status).toBe('pending');
    await vi.advanceTimersByTimeAsync(199);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    await sent;
    expect(calls).toBe(3);
    expect(reply(store)).toMatchObject({ status: 'done', content: 'Finally' });
  });

  it('a timeout is retried too; after the last attempt the error shows', async () => {
    let calls = 0;
    const store = chat(
      (messages, options) => {
        calls += 1;
        return silent(messages, options, options.signal);
      },
      { requestTimeout: 1000, retry: { attempts: 1, backoff: () => 50 } },
    );
    const sent = store.getState().sendMessage('Hi');
    await vi.advanceTimersByTimeAsync(1000 + 50 + 1000);
    await sent;
    expect(calls).toBe(2);
    expect(reply(store)).toMatchObject({ status: 'error', error: { code: 'request_timeout' } });
  });

  it('never after part of the answer arrived, nor for a request the server refused', async () => {
    const source = manualStream<string>();
    let calls = 0;
    const store = chat(
      () => {
        calls += 1;
        return madeHere(source.stream);
      },
      { retry: { attempts: 3, backoff: 10 } },
    );
    const sent = store.getState().sendMessage('Hi');
    source.push('Half an ans');
    await vi.advanceTimersByTimeAsync(0);
    source.error(new TypeError('network down'));
    await vi.advanceTimersByTimeAsync(100);
    await sent;
    expect(calls).toBe(1);
    expect(reply(store)).toMatchObject({ status: 'error', content: 'Half an ans' });

    let refused = 0;
    const strict = chat(
      () => {
        refused += 1;
        return new Response('{"error":{"message":"Invalid API key"}}', { status: 401 });
      },
      { retry: { attempts: 3, backoff: 10 } },
    );
    const denied = strict.getState().sendMessage('Hi');
    await vi.advanceTimersByTimeAsync(100);
    await denied;
    expect(refused).toBe(1);
    expect(reply(strict)).toMatchObject({ status: 'error', error: { status: 401, message: 'Invalid API key' } });
  });

  it('Stop during the wait before a retry ends the reply there, with no more requests', async () => {
    let calls = 0;
    const store = chat(
      () => {
        calls += 1;
        return new Response('down', { status: 502 });
      },
      { retry: { attempts: 3, backoff: 1000 } },
    );
    const sent = store.getState().sendMessage('Hi');
    await vi.advanceTimersByTimeAsync(10);
    store.getState().stopGenerating();
    await vi.advanceTimersByTimeAsync(10_000);
    await sent;
    expect(calls).toBe(1);
    expect(reply(store).status).toBe('aborted');
  });
});
