// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { classifyResult } from '../../src/core/request';

describe('classifyResult: one place that tells what request() returned', () => {
  it('names each shape', async () => {
    async function* deltas() {
      yield 'a';
    }
    const cases: Array<[unknown, string]> = [
      ['text', 'text'],
      ['', 'text'],
      [new Response('x'), 'response'],
      [{ status: 200, ok: true, body: null, text: async () => 'x' }, 'response'],
      [new ReadableStream(), 'stream'],
      [deltas(), 'iterable'],
      [Promise.resolve('x'), 'promise'],
      [{ then: () => undefined }, 'promise'],
      [{ content: 'x', model: 'm' }, 'fields'],
      [undefined, 'nothing'],
      [null, 'nothing'],
      [42, 'unsupported'],
      [{ text: 'no' }, 'unsupported'],
    ];
    for (const [value, kind] of cases) expect([value, classifyResult(value).kind]).toEqual([value, kind]);
  });
});
