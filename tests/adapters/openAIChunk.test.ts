// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { scanOpenAIChunk } from '../../src/adapters/openAIChunk';
import { realCaptures } from '../helpers/sse';

/** What openAIStream's JSON.parse path reads from a payload. */
function reference(data: string): { content: string | undefined; finished: boolean; error: boolean } | 'invalid' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return 'invalid';
  }
  const chunk = parsed as { error?: unknown; choices?: Array<{ delta?: { content?: unknown }; finish_reason?: unknown }> };
  const choice = Array.isArray(chunk?.choices) ? chunk.choices[0] : undefined;
  const content = choice?.delta?.content;
  return {
    content: typeof content === 'string' ? content : undefined,
    finished: typeof choice?.finish_reason === 'string' && choice.finish_reason !== '',
    error: chunk?.error !== undefined && chunk?.error !== null,
  };
}

/** The fast path either declines or agrees exactly with JSON.parse. */
function expectAgrees(data: string) {
  const fast = scanOpenAIChunk(data);
  if (!fast) return false;
  const slow = reference(data);
  expect(slow).not.toBe('invalid');
  expect(slow).toEqual({ content: fast.content, finished: fast.finished, error: false });
  return true;
}

const events = realCaptures
  .filter((c) => c.provider === 'openai')
  .flatMap((c) => (c.chunks ?? []).join('').split('\n'))
  .filter((line) => line.startsWith('data: {'))
  .map((line) => line.slice(6));

describe('scanOpenAIChunk (fast path) agrees with JSON.parse', () => {
  it('takes the fast path for most real OpenAI content chunks, and agrees on all', () => {
    let fast = 0;
    for (const data of events) if (expectAgrees(data)) fast += 1;
    const withContent = events.filter((d) => {
      const r = reference(d);
      return r !== 'invalid' && r.content;
    }).length;
    expect(fast).toBeGreaterThan(withContent * 0.9);
  });

  const base = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' };
  const shaped = (delta: unknown, extra: Record<string, unknown> = {}, choiceExtra: Record<string, unknown> = {}) =>
    JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: null, ...choiceExtra }], ...extra });

  const cases: Array<[string, string]> = [
    ['plain', shaped({ content: 'hi' })],
    ['escapes', shaped({ content: 'line\n"quoted"\t\\ back/slash \u0001 é 🙂' })],
    ['unicode escapes', `{"choices":[{"delta":{"content":"\\u00e9\\ud83d\\ude42\\u4e2d"}}]}`],
    ['role then content', shaped({ role: 'assistant', content: '' })],
    ['null content', shaped({ content: null })],
    ['number content', shaped({ content: 5 })],
    ['finish reason', shaped({ content: 'x' }, {}, { finish_reason: 'stop' })],
    ['empty finish reason', shaped({ content: 'x' }, {}, { finish_reason: '' })],
    ['usage object', shaped({ content: 'x' }, { usage: { prompt_tokens: 1, completion_tokens: 2 } })],
    ['nested usage', shaped({ content: 'x' }, { usage: { details: { cached: 1 } } })],
    ['error null', shaped({ content: 'x' }, { error: null })],
    ['error object after', shaped({ content: 'x' }, { error: { message: 'boom' } })],
    ['error string before', `{"error":"boom","choices":[{"delta":{"content":"x"}}]}`],
    ['two choices', JSON.stringify({ choices: [{ delta: { content: 'a' } }, { delta: { content: 'b' } }] })],
    ['choices[0] without delta', JSON.stringify({ choices: [{ index: 0 }, { delta: { content: 'b' } }] })],
    ['duplicate content', `{"choices":[{"delta":{"content":"a","content":"b"}}]}`],
    ['duplicate delta', `{"choices":[{"delta":{"content":"a"},"delta":{"content":"b"}}]}`],
    ['duplicate choices', `{"choices":[{"delta":{"content":"a"}}],"choices":[{"delta":{"content":"b"}}]}`],
    ['nested choices first', `{"meta":{"choices":[{"delta":{"content":"a"}}]},"choices":[]}`],
    ['key with escape', `{"choices":[{"delta":{"cont\\u0065nt":"a"}}]}`],
    ['spaces', `{ "choices": [ { "delta": { "content": "a" } } ] }`],
    ['truncated', `{"choices":[{"delta":{"content":"a"}}]`],
    ['concatenated', `{"choices":[{"delta":{"content":"a"}}]}{"choices":[{"delta":{"content":"b"}}]}`],
    ['bad escape', `{"choices":[{"delta":{"content":"a\\x"}}]}`],
    ['raw control char', `{"choices":[{"delta":{"content":"a\u0001"}}]}`],
    ['bad number', `{"created":01,"choices":[{"delta":{"content":"a"}}]}`],
    ['trailing comma', `{"choices":[{"delta":{"content":"a"},}]}`],
    ['tool call', shaped({ content: null, tool_calls: [{ index: 0, function: { arguments: '{}' } }] })],
  ];

  for (const [name, data] of cases) {
    it(name, () => {
      const fast = scanOpenAIChunk(data);
      if (reference(data) === 'invalid') expect(fast).toBeUndefined();
      else expectAgrees(data);
    });
  }

  it('takes the fast path for the plain shapes', () => {
    for (const name of ['plain', 'escapes', 'unicode escapes', 'role then content', 'finish reason', 'usage object']) {
      expect(scanOpenAIChunk(cases.find(([n]) => n === name)![1]), name).toBeDefined();
    }
  });

  // Catastrophic backtracking would hang here until the test timeout.
  it('declines a malformed payload with many members without backtracking', () => {
    const many = Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`k${i}`, i]));
    const data = JSON.stringify({ choices: [{ delta: { content: 'x' }, ...many }] }).replace(/}$/, ',');
    expect(scanOpenAIChunk(data)).toBeUndefined();
  });
});
