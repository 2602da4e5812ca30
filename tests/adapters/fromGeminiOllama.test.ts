// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { fromGemini, fromOllama } from '../../src/server';
import { collectParts, deltaText as deltas, splitBody as split } from '../helpers/parts';

const gemini = (chunks: unknown[]) => new Response(split(chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\r\n\r\n`).join('')));
const candidate = (parts: unknown[], finishReason?: string) => ({
  candidates: [{ content: { role: 'model', parts }, ...(finishReason ? { finishReason } : {}), index: 0 }],
});

describe('fromGemini: streamGenerateContent?alt=sse as part events', () => {
  it('thoughts, text (with a multi-byte character split across chunks), usage with thinking counted as output', async () => {
    const parts = await collectParts(
      fromGemini(
        gemini([
          candidate([{ text: 'Weighing the options…', thought: true }]),
          candidate([{ text: 'Café ' }]),
          {
            ...candidate([{ text: 'au lait.' }], 'STOP'),
            usageMetadata: { promptTokenCount: 12, candidatesTokenCount: 5, thoughtsTokenCount: 30, totalTokenCount: 47 },
          },
        ]),
      ),
    );
    expect(deltas(parts, 'reasoning-delta')).toBe('Weighing the options…');
    expect(deltas(parts)).toBe('Café au lait.');
    expect(parts.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'stop',
      usage: { inputTokens: 12, outputTokens: 35, reasoningTokens: 30, totalTokens: 47 },
    });
  });

  it('function calls arrive whole: a tool call with its args; STOP after them is tool-calls', async () => {
    const parts = await collectParts(
      fromGemini(gemini([candidate([{ functionCall: { name: 'get_weather', args: { city: 'Paris' } } }], 'STOP')])),
    );
    expect(parts.find((part) => part.type === 'tool-input-available')).toMatchObject({ toolName: 'get_weather', input: { city: 'Paris' } });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });

  it('streamed function-call arguments (streamFunctionCallArguments): values by JSON path, strings in pieces, two calls', async () => {
    const fc = (functionCall: Record<string, unknown>) => candidate([{ functionCall }]);
    const parts = await collectParts(
      fromGemini(
        gemini([
          fc({ name: 'plan_trip', willContinue: true }),
          fc({ partialArgs: [{ jsonPath: '$.city', stringValue: 'San ', willContinue: true }], willContinue: true }),
          fc({ partialArgs: [{ jsonPath: '$.city', stringValue: 'Sebastián' }], willContinue: true }),
          fc({ willContinue: true }),
          fc({ partialArgs: [{ jsonPath: '$.stops[0].day', numberValue: 1 }], willContinue: true }),
          fc({ partialArgs: [{ jsonPath: '$.stops[1].day', numberValue: 2 }], willContinue: true }),
          fc({ partialArgs: [{ jsonPath: '$.stops[1].note', stringValue: 'pintxos', willContinue: true }], willContinue: true }),
          fc({ partialArgs: [{ jsonPath: '$.stops[1].note', stringValue: '' }], willContinue: true }),
          fc({}),
          // The last call never gets its closing `{}`: the finish ends it.
          fc({ name: 'get_weather', willContinue: true }),
          candidate([{ functionCall: { partialArgs: [{ jsonPath: '$.city', stringValue: 'Bilbao' }], willContinue: true } }], 'STOP'),
        ]),
      ),
    );
    expect(parts.filter((part) => part.type === 'tool-input-available')).toMatchObject([
      { toolName: 'plan_trip', input: { city: 'San Sebastián', stops: [{ day: 1 }, { day: 2, note: 'pintxos' }] } },
      { toolName: 'get_weather', input: { city: 'Bilbao' } },
    ]);
    expect(parts.filter((part) => part.type === 'tool-input-start')).toHaveLength(2);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });

  it("SAFETY is content-filter, MAX_TOKENS is length; an error body and a blocked prompt give Google's words", async () => {
    expect((await collectParts(fromGemini(gemini([candidate([{ text: 'x' }], 'SAFETY')])))).at(-1)).toMatchObject({
      finishReason: 'content-filter',
    });
    expect((await collectParts(fromGemini(gemini([candidate([{ text: 'x' }], 'MAX_TOKENS')])))).at(-1)).toMatchObject({
      finishReason: 'length',
    });
    const http = new Response(
      JSON.stringify({ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT' } }),
      {
        status: 400,
      },
    );
    await expect(collectParts(fromGemini(http))).rejects.toThrow('API key not valid');
    const blocked = await collectParts(fromGemini(gemini([{ promptFeedback: { blockReason: 'SAFETY' } }])));
    expect(blocked.at(-1)).toMatchObject({ type: 'error', errorText: expect.stringContaining('SAFETY') });
    const cut = await collectParts(fromGemini(gemini([candidate([{ text: 'Half' }])])));
    expect(cut.at(-1)).toMatchObject({ type: 'error', errorText: expect.stringContaining('cut off') });
  });
});

const ollama = (lines: unknown[]) => new Response(split(lines.map((line) => `${JSON.stringify(line)}\n`).join(''), 7));
const line = (message: Record<string, unknown>, done = false, extra: Record<string, unknown> = {}) => ({
  model: 'qwen3',
  created_at: '2026-12-07T00:00:00Z',
  message: { role: 'assistant', content: '', ...message },
  done,
  ...extra,
});

describe('fromOllama: /api/chat NDJSON as part events', () => {
  it('thinking, content and the done line with its counts', async () => {
    const parts = await collectParts(
      fromOllama(
        ollama([
          line({ thinking: 'Let me think. ' }),
          line({ content: 'Hello' }),
          line({ content: ' there.' }),
          line({}, true, { done_reason: 'stop', prompt_eval_count: 26, eval_count: 9 }),
        ]),
      ),
    );
    expect(deltas(parts, 'reasoning-delta')).toBe('Let me think. ');
    expect(deltas(parts)).toBe('Hello there.');
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 26, outputTokens: 9, totalTokens: 35 } });
    const cut = await collectParts(fromOllama(ollama([line({ content: 'Long' }), line({}, true, { done_reason: 'length' })])));
    expect(cut.at(-1)).toMatchObject({ type: 'finish', finishReason: 'length' });
  });

  it('tool_calls with their arguments; finish reason tool-calls', async () => {
    const parts = await collectParts(
      fromOllama(
        ollama([
          line({ tool_calls: [{ function: { name: 'get_weather', arguments: { city: 'Oslo' } } }] }),
          line({}, true, { done_reason: 'stop' }),
        ]),
      ),
    );
    expect(parts.find((part) => part.type === 'tool-input-available')).toMatchObject({ toolName: 'get_weather', input: { city: 'Oslo' } });
    expect(parts.at(-1)).toMatchObject({ finishReason: 'tool-calls' });
  });

  it('an error line, and a stream without done', async () => {
    const failed = await collectParts(
      fromOllama(ollama([line({ content: 'Par' }), { error: 'model "llama9" not found, try pulling it first' }])),
    );
    expect(deltas(failed)).toBe('Par');
    expect(failed.at(-1)).toEqual({ type: 'error', errorText: 'model "llama9" not found, try pulling it first' });
    const cut = await collectParts(fromOllama(ollama([line({ content: 'Half' })])));
    expect(cut.at(-1)).toMatchObject({ type: 'error', errorText: expect.stringContaining('cut off') });
  });
});
