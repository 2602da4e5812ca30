// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { fromOpenAIResponses } from '../../src/server';
import { collectParts, deltaText as deltas } from '../helpers/parts';

/** Responses API events as SSE: `event: <type>` and the JSON data. */
const sse = (events: Array<Record<string, unknown>>) =>
  new Response(events.map((event) => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`).join(''));

const completed = (usage?: Record<string, unknown>) => ({
  type: 'response.completed',
  response: { id: 'resp_1', status: 'completed', usage },
});

describe('fromOpenAIResponses: the Responses API as part events', () => {
  it('a reasoning summary, output text with a URL citation, and usage', async () => {
    const parts = await collectParts(
      fromOpenAIResponses(
        sse([
          { type: 'response.created', response: { id: 'resp_1' } },
          { type: 'response.output_item.added', output_index: 0, item: { type: 'reasoning', id: 'rs_1' } },
          { type: 'response.reasoning_summary_text.delta', item_id: 'rs_1', delta: 'Checking sources.' },
          { type: 'response.reasoning_summary_text.done', item_id: 'rs_1' },
          { type: 'response.output_item.added', output_index: 1, item: { type: 'message', id: 'msg_1' } },
          { type: 'response.output_text.delta', item_id: 'msg_1', delta: 'Paris is ' },
          { type: 'response.output_text.delta', item_id: 'msg_1', delta: 'the capital.' },
          {
            type: 'response.output_text.annotation.added',
            item_id: 'msg_1',
            annotation: { type: 'url_citation', url: 'https://en.wikipedia.org/wiki/Paris', title: 'Paris' },
          },
          { type: 'response.output_text.done', item_id: 'msg_1' },
          completed({ input_tokens: 30, output_tokens: 12, total_tokens: 42, output_tokens_details: { reasoning_tokens: 4 } }),
        ]),
      ),
    );
    expect(deltas(parts, 'reasoning-delta')).toBe('Checking sources.');
    expect(deltas(parts)).toBe('Paris is the capital.');
    expect(parts.find((part) => part.type === 'source-url')).toMatchObject({ url: 'https://en.wikipedia.org/wiki/Paris', title: 'Paris' });
    expect(parts.at(-1)).toEqual({
      type: 'finish',
      finishReason: 'stop',
      usage: { inputTokens: 30, outputTokens: 12, totalTokens: 42, reasoningTokens: 4 },
    });
  });

  it('a function call whose arguments stream; a built-in web search shown as run by the provider', async () => {
    const parts = await collectParts(
      fromOpenAIResponses(
        sse([
          { type: 'response.output_item.added', output_index: 0, item: { type: 'web_search_call', id: 'ws_1', status: 'in_progress' } },
          { type: 'response.output_item.done', output_index: 0, item: { type: 'web_search_call', id: 'ws_1', status: 'completed' } },
          {
            type: 'response.output_item.added',
            output_index: 1,
            item: { type: 'function_call', id: 'fc_1', call_id: 'call_9', name: 'get_weather', arguments: '' },
          },
          { type: 'response.function_call_arguments.delta', item_id: 'fc_1', delta: '{"city":' },
          { type: 'response.function_call_arguments.delta', item_id: 'fc_1', delta: '"Rome"}' },
          { type: 'response.function_call_arguments.done', item_id: 'fc_1', arguments: '{"city":"Rome"}' },
          {
            type: 'response.output_item.done',
            output_index: 1,
            item: { type: 'function_call', id: 'fc_1', call_id: 'call_9', name: 'get_weather', arguments: '{"city":"Rome"}' },
          },
          completed(),
        ]),
      ),
    );
    expect(
      parts.filter((part) => part.type === 'tool-input-start').map((part) => part.type === 'tool-input-start' && part.toolName),
    ).toEqual(['web_search', 'get_weather']);
    expect(parts.find((part) => part.type === 'tool-output-available')).toMatchObject({ toolCallId: 'ws_1', providerExecuted: true });
    expect(parts.find((part) => part.type === 'tool-input-available' && part.toolName === 'get_weather')).toMatchObject({
      toolCallId: 'call_9',
      input: { city: 'Rome' },
    });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'tool-calls' });
  });

  it("incomplete for max_output_tokens is length; response.failed and error events give OpenAI's message", async () => {
    const incomplete = await collectParts(
      fromOpenAIResponses(sse([{ type: 'response.incomplete', response: { incomplete_details: { reason: 'max_output_tokens' } } }])),
    );
    expect(incomplete.at(-1)).toMatchObject({ type: 'finish', finishReason: 'length' });
    const filtered = await collectParts(
      fromOpenAIResponses(sse([{ type: 'response.incomplete', response: { incomplete_details: { reason: 'content_filter' } } }])),
    );
    expect(filtered.at(-1)).toMatchObject({ type: 'finish', finishReason: 'content-filter' });
    const failed = await collectParts(
      fromOpenAIResponses(sse([{ type: 'response.failed', response: { error: { code: 'server_error', message: 'The model crashed.' } } }])),
    );
    expect(failed.at(-1)).toEqual({ type: 'error', errorText: 'The model crashed.' });
    const error = await collectParts(fromOpenAIResponses(sse([{ type: 'error', code: 'rate_limit_exceeded', message: 'Slow down.' }])));
    expect(error.at(-1)).toEqual({ type: 'error', errorText: 'Slow down.' });
    const cut = await collectParts(fromOpenAIResponses(sse([{ type: 'response.output_text.delta', item_id: 'm', delta: 'Half' }])));
    expect(cut.at(-1)).toMatchObject({ type: 'error', errorText: expect.stringContaining('cut off') });
  });
});
