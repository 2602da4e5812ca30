// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { ProChatError } from '../../src';
import { caseBytes, concatBytes, matchesExpected, realCaptures, runAdapter } from '../helpers/sse';

describe('real SSE captures (../shared/fixtures/sse)', () => {
  it('has the 14 recorded cases', () => {
    expect(realCaptures).toHaveLength(14);
  });

  for (const c of realCaptures) {
    it(`${c.provider}: ${c.name}`, async () => {
      const outcome = await runAdapter(c.provider, caseBytes(c), { status: c.status, headers: c.headers, end: c.end });
      // Strict expectation first, so a failure shows the preferred outcome.
      if (!matchesExpected(c, outcome)) {
        expect({ text: outcome.text, error: !!outcome.error }).toEqual({ text: c.expected.text, error: !!c.expected.error });
      }
      if (outcome.error) {
        expect(outcome.error).toBeInstanceOf(ProChatError);
        expect(outcome.error.message).not.toBe('');
      }
    });
  }

  it('errors carry DashScope status, code and message', async () => {
    const byName = (name: string) => realCaptures.find((c) => c.name === name)!;
    const http = byName('qwen-real-http-401-invalid-api-key');
    const httpOutcome = await runAdapter('qwen', caseBytes(http), { status: http.status, headers: http.headers });
    expect(httpOutcome.error).toMatchObject({ status: 401, code: 'InvalidApiKey', message: 'Invalid API-key provided.' });

    const inStream = byName('qwen-real-error-event-only');
    const eventOutcome = await runAdapter('qwen', caseBytes(inStream));
    expect(eventOutcome.error).toMatchObject({
      status: 400,
      code: 'InvalidParameter',
      message: 'Role must be user or assistant and Content length must be greater than 0',
    });
  });
});

/** Deterministic PRNG (mulberry32) so random splits are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every byte position for bodies up to 8 KB. Longer bodies (one capture is ~50 KB, and each split
 * re-reads the whole body) take the positions where a boundary can matter: at every CR and LF, the
 * field name after each, every non-ASCII byte, plus every 11th byte.
 */
function cutPositions(body: Uint8Array): number[] {
  const all = body.length <= 8192;
  const cuts: number[] = [];
  let sinceLineEnd = Infinity;
  for (let cut = 1; cut < body.length; cut += 1) {
    const before = body[cut - 1];
    sinceLineEnd = before === 10 || before === 13 ? 0 : sinceLineEnd + 1;
    // Within the next line's field name ("data:", "event:"), at a line end, or inside a character.
    const interesting = sinceLineEnd <= 7 || body[cut] === 10 || body[cut] === 13 || before >= 0x80 || body[cut] >= 0x80;
    if (all || interesting || cut % 11 === 0) cuts.push(cut);
  }
  return cuts;
}

describe('property: chunk boundaries never change the output', () => {
  for (const c of realCaptures) {
    it(`${c.name}: 2-way splits at every byte (near every line end and non-ASCII byte in long bodies), 50 seeded random many-way splits`, async () => {
      const body = concatBytes(caseBytes(c));
      const init = { status: c.status, headers: c.headers, end: c.end, delay: false } as const;
      const reference = await runAdapter(c.provider, [body], init);
      expect(matchesExpected(c, reference)).toBe(true);
      const same = (o: { text: string; error?: Error }) => o.text === reference.text && !!o.error === !!reference.error;

      for (const cut of cutPositions(body)) {
        const outcome = await runAdapter(c.provider, [body.subarray(0, cut), body.subarray(cut)], init);
        if (!same(outcome)) expect({ cut, ...outcome }).toEqual({ cut, ...reference });
      }
      for (let seed = 1; seed <= 50; seed += 1) {
        const next = random(seed);
        const parts: Uint8Array[] = [];
        let start = 0;
        while (start < body.length) {
          const size = 1 + Math.floor(next() * 24);
          parts.push(body.subarray(start, start + size));
          start += size;
        }
        const outcome = await runAdapter(c.provider, parts, init);
        if (!same(outcome)) expect({ seed, ...outcome }).toEqual({ seed, ...reference });
      }
    }, 60_000);
  }
});
