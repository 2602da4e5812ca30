import { describe, expect, it } from 'vitest';

import { createOpenAIChunkScanner } from '../../src/adapters/openAIChunk';
import { caseBytes, concatBytes, realCaptures } from '../helpers/sse';

/** Per real OpenAI capture, the `data:` payloads that carry content (one stream, one shape). */
function realStreams(): string[][] {
  return realCaptures
    .filter((x) => x.provider === 'openai')
    .map((c) =>
      new TextDecoder()
        .decode(concatBytes(caseBytes(c)))
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data: ') && line.includes('"content":"'))
        .map((line) => line.slice(6)),
    )
    .filter((chunks) => chunks.length > 0);
}

/** A small seeded PRNG, so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\u0001', 'é', '中', '😀', '\ud83d', '}', ']', ',', ':', '0', '-', 'e', 'null'];

/** Changes `data` in one of the ways a server, a proxy or corruption could. */
function mutate(data: string, random: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const at = Math.floor(random() * (data.length + 1));
  switch (Math.floor(random() * 14)) {
    case 0: // a different content string, built to stress escapes
      return data.replace(
        /"content":"(?:[^"\\]|\\.)*"/,
        () => `"content":${JSON.stringify(Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(PIECES)).join(''))}`,
      );
    case 1: // raw characters spliced in anywhere
      return data.slice(0, at) + pick(PIECES) + data.slice(at);
    case 2: // a character removed
      return data.slice(0, at) + data.slice(at + 1);
    case 3: // whitespace, which JSON allows
      return data.slice(0, at) + ' ' + data.slice(at);
    case 4: // a number changed
      return data.replace(/\d+/, () => pick(['7', '-1', '1.5', '1e3', '01', '-', '1.', '9'.repeat(30)]));
    case 5: // an error member added
      return data.replace(/^\{/, '{"error":{"message":"boom"},');
    case 6: // a finish reason set or cleared
      return data.includes('"finish_reason":null')
        ? data.replace('"finish_reason":null', '"finish_reason":"stop"')
        : data.replace('"finish_reason":"stop"', '"finish_reason":null');
    case 7: // a second content key
      return data.replace('"delta":{', '"delta":{"content":"x",');
    case 8: // truncated
      return data.slice(0, at);
    case 9: // a string value changed (ids, obfuscation padding)
      return data.replace(/"id":"[^"]*"/, () => `"id":${JSON.stringify(pick(PIECES) + pick(PIECES))}`);
    case 10: // keys reordered
      return data.replace(/^\{"id":"[^"]*",/, '{').replace(/\}$/, () => `,"id":"moved"}`);
    case 11: // something after the object
      return data + pick(['}', ',', ' x', ']', '{}', '"']);
    case 12: // something before it
      return pick(['[', ' ', 'x', '{']) + data;
    default: // an unchanged chunk of the same shape
      return data;
  }
}

function expected(data: string): { content: string; finished: boolean } | 'invalid' {
  let parsed: { error?: unknown; choices?: Array<{ delta?: { content?: unknown }; finish_reason?: unknown }> };
  try {
    parsed = JSON.parse(data);
  } catch {
    return 'invalid';
  }
  const choice = parsed.choices?.[0];
  if (parsed.error !== undefined || typeof choice?.delta?.content !== 'string') return 'invalid';
  return { content: choice.delta.content, finished: typeof choice.finish_reason === 'string' && choice.finish_reason !== '' };
}

describe('per-stream chunk template', () => {
  it('reads exactly what JSON.parse reads, or declines, over thousands of mutated real chunks', () => {
    const streams = realStreams();
    expect(streams.length).toBeGreaterThan(2);
    let viaScanner = 0;
    for (let seed = 1; seed <= 60; seed += 1) {
      const random = rng(seed);
      const scan = createOpenAIChunkScanner();
      const chunks = streams[seed % streams.length];
      for (let i = 0; i < 300; i += 1) {
        const base = chunks[Math.floor(random() * chunks.length)];
        // Mostly well-formed chunks of one shape (so templates get built and used), some mutated.
        const data = random() < 0.6 ? base : mutate(base, random);
        const read = scan(data);
        if (read === undefined) continue;
        viaScanner += 1;
        const truth = expected(data);
        if (truth === 'invalid') throw new Error(`seed ${seed}: accepted what JSON.parse rejects or reads differently: ${data}`);
        expect(read, `seed ${seed}: ${data}`).toEqual(truth);
      }
    }
    // The fast paths were exercised, not skipped.
    expect(viaScanner).toBeGreaterThan(9000);
  });
});
