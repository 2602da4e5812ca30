// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { sseTextStream, StreamingTextResponse } from '../../src';
import { readOutcome } from '../helpers/sse';

describe('adapter streams at their edges', () => {
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
});
