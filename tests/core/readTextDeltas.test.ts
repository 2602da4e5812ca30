import { describe, expect, it, vi } from 'vitest';

import { ProChatError, readTextDeltas } from '../../src';
import { madeHere } from '../../src/core/stopPolicy';
import { fetchedResponse, manualIterable, manualStream, utf8 } from '../helpers/streams';

async function collect(result: Parameters<typeof readTextDeltas>[0], signal = new AbortController().signal) {
  const parts: string[] = [];
  for await (const delta of readTextDeltas(result, signal)) parts.push(delta);
  return parts;
}

async function failure(promise: Promise<unknown>): Promise<ProChatError> {
  try {
    await promise;
  } catch (error) {
    return error as ProChatError;
  }
  throw new Error('expected a rejection');
}

describe('readTextDeltas', () => {
  it('reads a plain string and a Promise of one', async () => {
    expect(await collect('hello')).toEqual(['hello']);
    expect(await collect(Promise.resolve('later'))).toEqual(['later']);
  });

  it('reads a Response body chunk by chunk', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(utf8('Hel'));
        c.enqueue(utf8('lo'));
        c.close();
      },
    });
    expect(await collect(new Response(body))).toEqual(['Hel', 'lo']);
  });

  it('reads a ReadableStream of strings and one of bytes', async () => {
    const strings = new ReadableStream<string>({
      start(c) {
        c.enqueue('a');
        c.enqueue('b');
        c.close();
      },
    });
    expect(await collect(strings)).toEqual(['a', 'b']);
  });

  it('reads an async iterable', async () => {
    async function* gen() {
      yield 'x';
      yield '';
      yield 'y';
    }
    expect(await collect(gen())).toEqual(['x', 'y']);
  });

  it('keeps a multi-byte character whole when its bytes are split across chunks', async () => {
    const bytes = utf8('你好🙂!');
    // Split every character: 3 + 3 + 4 + 1 bytes, cut one byte at a time.
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const byte of bytes) c.enqueue(new Uint8Array([byte]));
        c.close();
      },
    });
    const parts = await collect(body);
    expect(parts.join('')).toBe('你好🙂!');
    expect(parts.every((p) => !p.includes('\uFFFD'))).toBe(true);
  });

  it('turns a 500 with a JSON body into an error carrying the status and the server message', async () => {
    const response = new Response(JSON.stringify({ error: { message: 'Model overloaded', code: 'overloaded' } }), {
      status: 500,
      headers: { 'content-type': 'application/json' },
    });
    const error = await failure(collect(response));
    expect(error).toBeInstanceOf(ProChatError);
    expect(error.status).toBe(500);
    expect(error.message).toBe('Model overloaded');
    expect(error.code).toBe('overloaded');
  });

  it('reads `message` and `code` from DashScope-style bodies and plain text otherwise', async () => {
    const dash = await failure(
      collect(new Response(JSON.stringify({ code: 'InvalidApiKey', message: 'Invalid API-key provided.' }), { status: 401 })),
    );
    expect([dash.status, dash.code, dash.message]).toEqual([401, 'InvalidApiKey', 'Invalid API-key provided.']);

    const onlyCode = await failure(collect(new Response(JSON.stringify({ code: 'Throttling' }), { status: 429 })));
    expect(onlyCode.message).toBe('Throttling');

    const text = await failure(collect(new Response('upstream timed out', { status: 504 })));
    expect([text.status, text.message]).toEqual([504, 'upstream timed out']);

    const html = await failure(
      collect(new Response('<html><head><title>502 Bad Gateway</title></head><body><h1>x</h1></body></html>', { status: 502 })),
    );
    expect(html.message).toBe('502 Bad Gateway');

    const empty = await failure(collect(new Response(null, { status: 503, statusText: 'Service Unavailable' })));
    expect(empty.message).toBe('HTTP 503 Service Unavailable');
  });

  it('cancels a fetched body when the signal aborts mid-stream', async () => {
    const source = manualStream<Uint8Array>();
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const delta of readTextDeltas(fetchedResponse(source.stream), controller.signal)) {
        seen.push(delta);
        if (seen.length === 1) controller.abort();
      }
    })();
    source.push(utf8('first'));
    const error = await failure(run);
    expect(error.name).toBe('AbortError');
    expect(seen).toEqual(['first']);
    expect(source.cancelled).toBe(true);
  });

  it("cancels one of this package's streams while waiting for the next chunk", async () => {
    const source = manualStream<Uint8Array>();
    const controller = new AbortController();
    const run = collect(madeHere(source.stream), controller.signal);
    await Promise.resolve();
    controller.abort();
    const error = await failure(run);
    expect(error.name).toBe('AbortError');
    expect(source.cancelled).toBe(true);
  });

  it('lets go of a stream the app built, without cancelling it: its producer may keep writing, and nothing throws', async () => {
    const source = manualStream<Uint8Array>();
    const controller = new AbortController();
    const seen: string[] = [];
    const run = (async () => {
      for await (const delta of readTextDeltas(new Response(source.stream), controller.signal)) seen.push(delta);
    })();
    source.push(utf8('first'));
    await vi.waitFor(() => expect(seen).toEqual(['first']));
    // Stop while the read waits: it ends at once.
    controller.abort();
    expect((await failure(run)).name).toBe('AbortError');
    expect(source.cancelled).toBe(false);
    // pro-chat's demo producers push on a timer; a cancelled stream would throw here.
    expect(() => source.push(utf8('later'))).not.toThrow();
    expect(() => source.close()).not.toThrow();
  });

  it('calls return() on an async iterable when aborted while it waits', async () => {
    const source = manualIterable();
    const controller = new AbortController();
    const run = collect(source.iterable, controller.signal);
    source.push('a');
    await Promise.resolve();
    controller.abort();
    const error = await failure(run);
    expect(error.name).toBe('AbortError');
    expect(source.returned).toBe(true);
  });

  it('releases a Response that arrives after the signal aborted', async () => {
    const source = manualStream<Uint8Array>();
    const controller = new AbortController();
    let resolve!: (r: Response) => void;
    const run = collect(new Promise<Response>((r) => (resolve = r)), controller.signal);
    controller.abort();
    expect((await failure(run)).name).toBe('AbortError');
    resolve(fetchedResponse(source.stream));
    await vi.waitFor(() => expect(source.cancelled).toBe(true));
  });

  it('rejects values request() must not return, with a clear message', async () => {
    const error = await failure(collect(undefined as unknown as string));
    expect(error.message).toMatch(/returned nothing/);
  });

  it('passes a stream error through after the text before it', async () => {
    const source = manualStream<Uint8Array>();
    const seen: string[] = [];
    const run = (async () => {
      for await (const delta of readTextDeltas(source.stream, new AbortController().signal)) seen.push(delta);
    })();
    source.push(utf8('partial'));
    // error() drops chunks still queued, so wait until the reader has taken this one.
    await vi.waitFor(() => expect(seen).toEqual(['partial']));
    source.error(new TypeError('network error'));
    const error = await failure(run);
    expect(error.message).toBe('network error');
    expect(seen).toEqual(['partial']);
  });
});
