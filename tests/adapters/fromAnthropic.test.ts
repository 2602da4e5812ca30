// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { fromAnthropic } from '../../src/server';
import { chunkedBody } from '../helpers/sse';
import { collectParts, deltaText as text } from '../helpers/parts';

/** Messages API events as SSE: `event: <type>` and the JSON data, as Anthropic sends them. */
const sse = (events: Array<Record<string, unknown>>) =>
  events.map((event) => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`).join('');

const start = (inputTokens: number) => ({
  type: 'message_start',
  message: { id: 'msg_1', type: 'message', role: 'assistant', content: [], usage: { input_tokens: inputTokens, output_tokens: 1 } },
});

const THINK_THEN_TOOL = sse([
  start(120),
  { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'Need the weather, ' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'so call the tool.' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'sig' } },
  { type: 'content_block_stop', index: 0 },
  { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } },
  { type: 'ping' },
  { type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'Let me check.' } },
  { type: 'content_block_stop', index: 1 },
  { type: 'content_block_start', index: 2, content_block: { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} } },
  { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '' } },
  { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '{"city": "Par' } },
  { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: 'is"}' } },
  { type: 'content_block_stop', index: 2 },
  { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 64 } },
  { type: 'message_stop' },
]);

describe('fromAnthropic: Messages SSE as part events', () => {
  it('thinking, text and a tool_use block with streamed JSON input; usage and the stop reason', async () => {
    const encoder = new TextEncoder();
    // Split every 7 bytes: events and JSON cut anywhere still read the same.
    const bytes = encoder.encode(THINK_THEN_TOOL);
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 7) pieces.push(bytes.slice(at, at + 7));
    const parts = await collectParts(fromAnthropic(new Response(chunkedBody(pieces, undefined, false))));
    expect(text(parts, 'reasoning-delta')).toBe('Need the weather, so call the tool.');
    expect(text(parts)).toBe('Let me check.');
    expect(parts.find((part) => part.type === 'tool-input-available')).toEqual({
      type: 'tool-input-available',
      toolCallId: 'toolu_1',
      toolName: 'get_weather',
      input: { city: 'Paris' },
    });
    expect(parts.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'tool-calls',
      usage: { inputTokens: 120, outputTokens: 64, totalTokens: 184 },
    });
  });

  it("message_delta's input count replaces message_start's; stop reasons map like the AI SDK's", async () => {
    const reply = (stopReason: string) =>
      collectParts(
        fromAnthropic(
          new Response(
            sse([
              start(10),
              { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
              { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hi' } },
              { type: 'content_block_stop', index: 0 },
              { type: 'message_delta', delta: { stop_reason: stopReason }, usage: { input_tokens: 25, output_tokens: 3 } },
              { type: 'message_stop' },
            ]),
          ),
        ),
      );
    expect((await reply('end_turn')).at(-1)).toEqual({
      type: 'finish',
      finishReason: 'stop',
      usage: { inputTokens: 25, outputTokens: 3, totalTokens: 28 },
    });
    expect((await reply('max_tokens')).at(-1)).toMatchObject({ finishReason: 'length' });
    expect((await reply('refusal')).at(-1)).toMatchObject({ finishReason: 'content-filter' });
    expect((await reply('tool_use')).at(-1)).toMatchObject({ finishReason: 'tool-calls' });
  });

  it('a tool with no arguments has input {}', async () => {
    const parts = await collectParts(
      fromAnthropic(
        new Response(
          sse([
            start(5),
            { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 't', name: 'now', input: {} } },
            { type: 'content_block_stop', index: 0 },
            { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 2 } },
            { type: 'message_stop' },
          ]),
        ),
      ),
    );
    expect(parts.find((part) => part.type === 'tool-input-available')).toMatchObject({ toolName: 'now', input: {} });
  });

  it("an overloaded_error event mid-stream ends in an error part with Anthropic's message, after the text so far", async () => {
    const parts = await collectParts(
      fromAnthropic(
        new Response(
          sse([
            start(5),
            { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
            { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Partial' } },
            { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
          ]),
        ),
      ),
    );
    expect(text(parts)).toBe('Partial');
    expect(parts.at(-1)).toEqual({ type: 'error', errorText: 'Overloaded' });
  });

  it('an HTTP error fails with the API message; a stream without message_stop is cut off', async () => {
    const http = fromAnthropic(
      new Response(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }), {
        status: 401,
      }),
    );
    await expect(collectParts(http)).rejects.toThrow('invalid x-api-key');
    const cut = await collectParts(
      fromAnthropic(new Response(sse([start(1), { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }]))),
    );
    expect(cut.at(-1)).toMatchObject({ type: 'error', errorText: expect.stringContaining('cut off') });
  });
});
