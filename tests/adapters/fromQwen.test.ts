// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { fromQwen, type ChatStreamPart } from '../../src/server';
import { collectParts, deltaText, splitBody } from '../helpers/parts';
import { caseBytes, realCaptures, sseResponse } from '../helpers/sse';

/** DashScope SSE as it comes: `id`, `event:result`, a status comment and the JSON data. */
const sse = (events: unknown[]) =>
  events.map((event, index) => `id:${index + 1}\nevent:result\n:HTTP_STATUS/200\ndata:${JSON.stringify(event)}\n\n`).join('');
const message = (fields: Record<string, unknown>, finish = 'null', usage?: Record<string, unknown>) => ({
  output: { choices: [{ message: { role: 'assistant', content: '', ...fields }, finish_reason: finish }] },
  ...(usage ? { usage } : {}),
  request_id: 'req-1',
});
const errorText = (parts: ChatStreamPart[]) => parts.find((part) => part.type === 'error')?.errorText;

/** The parts read and the error that ended them, whether an error part or a failed stream. */
async function outcome(stream: ReadableStream<ChatStreamPart>): Promise<{ parts: ChatStreamPart[]; error?: string }> {
  const parts: ChatStreamPart[] = [];
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  } catch (error) {
    return { parts, error: (error as Error).message };
  }
  return { parts, error: errorText(parts) };
}

describe('fromQwen: DashScope native text generation as part events', () => {
  for (const c of realCaptures.filter((capture) => capture.provider !== 'openai')) {
    it(`the real capture ${c.name} gives its text${c.expected.error ? ' and an error' : ''}`, async () => {
      const result = await outcome(
        fromQwen(sseResponse(caseBytes(c), { status: c.status, headers: c.headers }), { incremental: c.provider === 'qwen-incremental' }),
      );
      expect(deltaText(result.parts)).toBe(c.expected.text);
      expect(result.error !== undefined).toBe(!!c.expected.error);
    });
  }

  it("shows DashScope's own message for an error event and for an HTTP error", async () => {
    const inStream = realCaptures.find((c) => c.name === 'qwen-real-error-event-only')!;
    expect((await outcome(fromQwen(sseResponse(caseBytes(inStream))))).error).toBe(
      'Role must be user or assistant and Content length must be greater than 0',
    );
    const http = realCaptures.find((c) => c.name === 'qwen-real-http-401-invalid-api-key')!;
    expect((await outcome(fromQwen(sseResponse(caseBytes(http), { status: http.status, headers: http.headers })))).error).toBe(
      'Invalid API-key provided.',
    );
  });

  it('full-text mode (the default): reasoning, then the answer, each read as what is new; usage; stop', async () => {
    const parts = await collectParts(
      fromQwen(
        new Response(
          splitBody(
            sse([
              message({ reasoning_content: 'Think' }),
              message({ reasoning_content: 'Thinking it over.' }),
              message({ reasoning_content: 'Thinking it over.', content: 'Café' }),
              message({ reasoning_content: 'Thinking it over.', content: 'Café au lait.' }, 'stop', {
                input_tokens: 10,
                output_tokens: 24,
                total_tokens: 34,
                output_tokens_details: { reasoning_tokens: 20 },
              }),
            ]),
            7,
          ),
        ),
      ),
    );
    expect(deltaText(parts, 'reasoning-delta')).toBe('Thinking it over.');
    expect(deltaText(parts)).toBe('Café au lait.');
    // Reasoning ends before the answer starts.
    expect(parts.findIndex((part) => part.type === 'reasoning-end')).toBeLessThan(parts.findIndex((part) => part.type === 'text-start'));
    expect(parts.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'stop',
      usage: { inputTokens: 10, outputTokens: 24, totalTokens: 34, reasoningTokens: 20 },
    });
  });

  it('the text result format (output.text), and length as the finish reason', async () => {
    const parts = await collectParts(
      fromQwen(
        new Response(
          sse([
            { output: { text: 'Hello', finish_reason: 'null' }, usage: { input_tokens: 3, output_tokens: 1 } },
            { output: { text: 'Hello there', finish_reason: 'length' }, usage: { input_tokens: 3, output_tokens: 2 } },
          ]),
        ),
      ),
    );
    expect(deltaText(parts)).toBe('Hello there');
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'length', usage: { inputTokens: 3, outputTokens: 2, totalTokens: 5 } });
  });

  it('incremental mode: tool calls streamed by index, two in parallel, arguments as deltas; tool_calls finish', async () => {
    const call = (index: number, id: string | undefined, name: string | undefined, args: string) => ({
      index,
      ...(id ? { id } : {}),
      type: 'function',
      function: { ...(name ? { name } : {}), arguments: args },
    });
    const parts = await collectParts(
      fromQwen(
        new Response(
          sse([
            message({ tool_calls: [call(0, 'call_a', 'get_weather', '{"city":')] }),
            message({ tool_calls: [call(1, 'call_b', 'get_time', '')] }),
            message({ tool_calls: [call(0, undefined, undefined, '"杭州"}'), call(1, undefined, undefined, '')] }),
            message({}, 'tool_calls'),
          ]),
        ),
        { incremental: true },
      ),
    );
    expect(parts.filter((part) => part.type === 'tool-input-start')).toEqual([
      { type: 'tool-input-start', toolCallId: 'call_a', toolName: 'get_weather' },
      { type: 'tool-input-start', toolCallId: 'call_b', toolName: 'get_time' },
    ]);
    expect(parts.filter((part) => part.type === 'tool-input-available')).toEqual([
      { type: 'tool-input-available', toolCallId: 'call_a', toolName: 'get_weather', input: { city: '杭州' } },
      // Empty arguments are `{}`, as the AI SDK reads them.
      { type: 'tool-input-available', toolCallId: 'call_b', toolName: 'get_time', input: {} },
    ]);
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'tool-calls' });
  });

  it('full-text mode: a tool call whose arguments grow event by event gives each new piece once', async () => {
    const call = (args: string) => ({ index: 0, id: 'call_1', type: 'function', function: { name: 'search', arguments: args } });
    const parts = await collectParts(
      fromQwen(
        new Response(
          sse([
            message({ tool_calls: [call('{"q"')] }),
            message({ tool_calls: [call('{"q":"qwen')] }),
            message({ tool_calls: [call('{"q":"qwen"}')] }, 'tool_calls'),
          ]),
        ),
      ),
    );
    expect(parts.filter((part) => part.type === 'tool-input-delta').map((part) => part.inputTextDelta)).toEqual(['{"q"', ':"qwen', '"}']);
    expect(parts.find((part) => part.type === 'tool-input-available')).toMatchObject({ input: { q: 'qwen' } });
  });

  it('a stream that ends before a finish reason keeps its text and says it was cut off', async () => {
    const result = await outcome(fromQwen(new Response(sse([message({ content: 'Half an ans' }, 'null')])), { incremental: true }));
    expect(deltaText(result.parts)).toBe('Half an ans');
    expect(result.error).toMatch(/cut off/);
  });

  it('a mid-stream error event fails after the text so far, with its message', async () => {
    const body =
      sse([message({ content: 'Partial' })]) +
      'id:2\nevent:error\n:HTTP_STATUS/429\ndata:{"code":"Throttling","message":"Requests rate limit exceeded.","request_id":"r"}\n\n';
    const result = await outcome(fromQwen(new Response(body), { incremental: true }));
    expect(deltaText(result.parts)).toBe('Partial');
    expect(result.error).toBe('Requests rate limit exceeded.');
  });

  it('names what it was given when that is not a Response', async () => {
    const result = await outcome(fromQwen('not a response' as unknown as Response));
    expect(result.error).toMatch(/fromQwen\(\) reads the fetch Response .* it got string/);
  });
});
