// @vitest-environment node
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';

import { fromOpenAI, mapOpenAIFinishReason, openAIStream, type ChatStreamPart } from '../../src/server';
import { caseBytes, chunkedBody, realCaptures, type SSECase } from '../helpers/sse';
import { collectParts } from '../helpers/parts';

const sse = (events: unknown[]) => events.map((event) => `data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`).join('');
const chunk = (delta: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'gpt-4o',
  choices: [{ index: 0, delta, finish_reason: null }],
  ...extra,
});
const finish = (reason: string) => ({ ...chunk({}), choices: [{ index: 0, delta: {}, finish_reason: reason }] });

const textOf = (parts: ChatStreamPart[]) => parts.map((part) => (part.type === 'text-delta' ? part.delta : '')).join('');
const responseOf = (c: SSECase) =>
  new Response(chunkedBody(caseBytes(c), c.end), {
    status: c.status ?? 200,
    headers: c.headers ?? { 'content-type': 'text/event-stream' },
  });

/** The real openai SDK, talking to a fake server that answers with `body`. */
function client(body: string, seen: { signal?: AbortSignal | null } = {}) {
  return new OpenAI({
    apiKey: 'test-key',
    baseURL: 'http://127.0.0.1:9/v1',
    fetch: async (_url: RequestInfo | URL, init?: RequestInit) => {
      seen.signal = init?.signal;
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    },
  });
}

const TOOL_STREAM = sse([
  chunk({
    role: 'assistant',
    content: null,
    tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '' } }],
  }),
  chunk({ tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '' } }] }),
  chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
  chunk({ tool_calls: [{ index: 1, function: { arguments: '{"tz":"CET"}' } }] }),
  chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
  finish('tool_calls'),
  {
    ...chunk({}),
    choices: [],
    usage: { prompt_tokens: 20, completion_tokens: 11, total_tokens: 31, completion_tokens_details: { reasoning_tokens: 0 } },
  },
  '[DONE]',
]);

describe('fromOpenAI: chat completions as part events', () => {
  for (const c of realCaptures.filter((capture) => capture.provider === 'openai')) {
    it(`real capture ${c.name}: the same text as openAIStream`, async () => {
      const parts = await collectParts(fromOpenAI(responseOf(c)));
      const error = parts.find((part) => part.type === 'error');
      if (c.expected.error) expect(error).toBeDefined();
      else {
        expect(error).toBeUndefined();
        // A refusal is the model's answer to the user: shown as text (openAIStream drops it).
        const refusal = c.name.includes('refusal') ? "I'm sorry, I can't assist with that" : undefined;
        if (refusal) expect(textOf(parts)).toContain(refusal);
        else expect(textOf(parts)).toBe(c.expected.text);
        expect(parts.at(-1)?.type).toBe('finish');
      }
    });
  }

  it('a recorded tool call with null content: one get_weather call with parsed arguments, finish reason tool-calls', async () => {
    const capture = realCaptures.find((c) => c.name === 'openai-real-tool-call-only-null-content')!;
    const parts = await collectParts(fromOpenAI(responseOf(capture)));
    const start = parts.find((part) => part.type === 'tool-input-start');
    expect(start).toMatchObject({ toolName: 'get_weather' });
    const available = parts.find((part) => part.type === 'tool-input-available');
    expect(available).toMatchObject({ toolName: 'get_weather', input: expect.objectContaining({}) });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });

  it('parallel tool calls by index, argument deltas interleaved; the usage chunk', async () => {
    const parts = await collectParts(fromOpenAI(new Response(TOOL_STREAM)));
    expect(parts.filter((part) => part.type === 'tool-input-available')).toEqual([
      { type: 'tool-input-available', toolCallId: 'call_a', toolName: 'get_weather', input: { city: 'Paris' } },
      { type: 'tool-input-available', toolCallId: 'call_b', toolName: 'get_time', input: { tz: 'CET' } },
    ]);
    expect(parts.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'tool-calls',
      usage: { inputTokens: 20, outputTokens: 11, totalTokens: 31, reasoningTokens: 0 },
    });
  });

  it('reasoning_content (DeepSeek, vLLM) and reasoning (OpenRouter) become a reasoning part before the text', async () => {
    const parts = await collectParts(
      fromOpenAI(
        new Response(
          sse([
            chunk({ reasoning_content: 'Think ' }),
            chunk({ reasoning: 'more.' }),
            chunk({ content: 'Answer.' }),
            finish('stop'),
            '[DONE]',
          ]),
        ),
      ),
    );
    expect(parts.map((part) => part.type)).toEqual([
      'reasoning-start',
      'reasoning-delta',
      'reasoning-delta',
      'reasoning-end',
      'text-start',
      'text-delta',
      'text-end',
      'finish',
    ]);
  });

  it('empty arguments are {}; arguments that are not JSON are a tool-input-error, not a crash', async () => {
    const parts = await collectParts(
      fromOpenAI(
        new Response(
          sse([
            chunk({ tool_calls: [{ index: 0, id: 'c0', function: { name: 'now', arguments: '' } }] }),
            chunk({ tool_calls: [{ index: 1, id: 'c1', function: { name: 'bad', arguments: '{"x": ' } }] }),
            finish('tool_calls'),
            '[DONE]',
          ]),
        ),
      ),
    );
    expect(parts.find((part) => part.type === 'tool-input-available')).toMatchObject({ toolName: 'now', input: {} });
    expect(parts.find((part) => part.type === 'tool-input-error')).toMatchObject({
      toolName: 'bad',
      errorText: expect.stringContaining('not valid JSON'),
    });
  });

  it("an HTTP error, an error chunk and a cut-off stream each end in an error part with the server's words", async () => {
    const http = await collectParts(
      fromOpenAI(
        new Response(JSON.stringify({ error: { message: 'Incorrect API key provided', code: 'invalid_api_key' } }), { status: 401 }),
      ),
    ).catch((error: Error) => error);
    expect(http).toBeInstanceOf(Error);
    expect((http as Error).message).toContain('Incorrect API key provided');
    const midStream = await collectParts(
      fromOpenAI(new Response(sse([chunk({ content: 'Par' }), { error: { message: 'Rate limit reached' } }]))),
    );
    expect(textOf(midStream)).toBe('Par');
    expect(midStream.at(-1)).toEqual({ type: 'error', errorText: 'Rate limit reached' });
    const cut = await collectParts(fromOpenAI(new Response(sse([chunk({ content: 'Half' })]))));
    expect(cut.at(-1)).toMatchObject({ type: 'error', errorText: expect.stringContaining('cut off') });
  });

  it("finish reasons in the AI SDK's words", () => {
    expect(['stop', 'length', 'content_filter', 'tool_calls', 'function_call', 'weird', null].map(mapOpenAIFinishReason)).toEqual([
      'stop',
      'length',
      'content-filter',
      'tool-calls',
      'tool-calls',
      'other',
      'other',
    ]);
  });

  it('something else gets an error naming what it got', () => {
    return expect(collectParts(fromOpenAI(42 as never))).rejects.toThrow(/it got a number/);
  });
});

describe('the real openai SDK stream', () => {
  const TEXT_STREAM = sse([
    chunk({ role: 'assistant', content: '' }),
    chunk({ content: 'Hello' }),
    chunk({ content: ' there' }),
    finish('stop'),
    '[DONE]',
  ]);

  it('fromOpenAI(stream) reads the SDK object (what the OpenAI guide passes around)', async () => {
    const stream = await client(TOOL_STREAM).chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    const parts = await collectParts(fromOpenAI(stream));
    expect(parts.filter((part) => part.type === 'tool-input-available')).toHaveLength(2);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });

  it('openAIStream(stream) still gives text, and so does its toReadableStream()', async () => {
    const stream = await client(TEXT_STREAM).chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    expect(await new Response(openAIStream(stream)).text()).toBe('Hello there');
    const again = await client(TEXT_STREAM).chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    expect(textOf(await collectParts(fromOpenAI(again.toReadableStream())))).toBe('Hello there');
  });

  it('cancelling (Stop) aborts the SDK request', async () => {
    const seen: { signal?: AbortSignal | null } = {};
    const stream = await client(TEXT_STREAM, seen).chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    const reader = fromOpenAI(stream).getReader();
    await reader.read();
    await reader.cancel();
    expect(seen.signal?.aborted).toBe(true);
  });
});
