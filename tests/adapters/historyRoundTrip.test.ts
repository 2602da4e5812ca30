// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { createMockModel, type MockFormat, type MockToolCall } from '../../src/mock';
import {
  createMessage,
  createReplyBuilder,
  fromAnthropic,
  fromOpenAI,
  fromQwen,
  toAnthropicMessages,
  toOpenAIMessages,
  type ChatStreamPart,
  type ReplyBuilder,
  type StoredChatMessage,
} from '../../src/server';
import { collectParts } from '../helpers/parts';
import { caseBytes, chunkedBody, concatBytes, realCaptures } from '../helpers/sse';

/**
 * What the model sent comes back in its own format: a reply streamed by a provider, read by its
 * reader and folded into a message, is converted back into that provider's history with the very
 * ids, names and arguments the raw stream carried. The raw stream is parsed here on its own, so the
 * readers and converters are checked against the wire, not against themselves.
 */

type Provider = Extract<MockFormat, 'anthropic' | 'openai' | 'qwen'>;

const readers: Record<Provider, (response: Response) => ReadableStream<ChatStreamPart>> = {
  anthropic: fromAnthropic,
  openai: (response) => fromOpenAI(response),
  qwen: (response) => fromQwen(response, { incremental: true }),
};

/** The JSON payloads of an SSE body's events: their `data:` lines joined, `[DONE]` left out. */
function sseData(body: string): unknown[] {
  const out: unknown[] = [];
  for (const event of body.replace(/\r\n?/g, '\n').split('\n\n')) {
    const lines = event.split('\n').filter((line) => line.startsWith('data:'));
    if (!lines.length) continue;
    const payload = lines.map((line) => line.slice(5).replace(/^ /, '')).join('\n');
    if (payload !== '[DONE]') out.push(JSON.parse(payload));
  }
  return out;
}

/** A tool call as the raw stream carried it: the id, the name, and the arguments' JSON text. */
interface WireCall {
  id: string;
  name: string;
  arguments: string;
}

interface Wire {
  text: string;
  calls: WireCall[];
}

interface OpenAIDeltaCall {
  index: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

/** OpenAI chunks (`choices[0].delta`) and DashScope events (`output.choices[0].message`) alike. */
function openAIWire(
  payloads: unknown[],
  pick: (payload: unknown) => { content?: unknown; tool_calls?: OpenAIDeltaCall[] } | undefined,
): Wire {
  const calls: WireCall[] = [];
  let text = '';
  for (const payload of payloads) {
    const delta = pick(payload);
    if (typeof delta?.content === 'string') text += delta.content;
    for (const call of delta?.tool_calls ?? []) {
      calls[call.index] ??= { id: '', name: '', arguments: '' };
      if (call.id) calls[call.index].id = call.id;
      if (call.function?.name) calls[call.index].name = call.function.name;
      calls[call.index].arguments += call.function?.arguments ?? '';
    }
  }
  return { text, calls };
}

interface AnthropicWireEvent {
  type: string;
  index?: number;
  content_block?: { type: string; id?: string; name?: string };
  delta?: { type: string; text?: string; partial_json?: string };
}

function anthropicWire(payloads: unknown[]): Wire {
  const byIndex = new Map<number, WireCall>();
  let text = '';
  for (const event of payloads as AnthropicWireEvent[]) {
    const index = event.index ?? -1;
    if (event.type === 'content_block_start' && event.content_block?.type === 'tool_use') {
      byIndex.set(index, { id: event.content_block.id ?? '', name: event.content_block.name ?? '', arguments: '' });
    } else if (event.type === 'content_block_delta' && event.delta?.type === 'text_delta') text += event.delta.text ?? '';
    else if (event.type === 'content_block_delta' && event.delta?.type === 'input_json_delta') {
      byIndex.get(index)!.arguments += event.delta.partial_json ?? '';
    }
  }
  return { text, calls: [...byIndex.values()] };
}

const wireOf: Record<Provider, (payloads: unknown[]) => Wire> = {
  anthropic: anthropicWire,
  openai: (payloads) => openAIWire(payloads, (payload) => (payload as { choices?: Array<{ delta?: never }> }).choices?.[0]?.delta),
  qwen: (payloads) =>
    openAIWire(payloads, (payload) => (payload as { output?: { choices?: Array<{ message?: never }> } }).output?.choices?.[0]?.message),
};

const TOOL_CALLS: MockToolCall[] = [
  { id: 'call_weather', name: 'get_weather', input: { city: 'Paris', unit: 'celsius' } },
  { id: 'call_time', name: 'get_time', input: { zone: 'Europe/Paris' } },
];

/** The tool's result for a call, as the app gives it back. */
const outputOf = (toolCallId: string) => ({ ok: true, for: toolCallId });

/** A reply streamed by the mock in `format`: the Response for the reader and the raw body's text. */
async function streamed(format: Provider, text: string, toolCalls: MockToolCall[] = []) {
  const response = await createMockModel({ format, reply: { text, toolCalls }, tokensPerSecond: 0, firstTokenDelay: 0 })('/mock', {
    method: 'POST',
    body: JSON.stringify({ messages: [{ role: 'user', content: 'Weather and time in Paris?' }] }),
  });
  const raw = await response.clone().text();
  return { response, raw };
}

/** Reads a reply into the builder, then answers each of its calls as the app would. */
async function fold(builder: ReplyBuilder, stream: ReadableStream<ChatStreamPart>): Promise<ChatStreamPart[]> {
  const parts = await collectParts(stream);
  for (const part of parts) builder.apply(part);
  for (const part of parts) {
    if (part.type === 'tool-input-available') {
      builder.apply({ type: 'tool-output-available', toolCallId: part.toolCallId, output: outputOf(part.toolCallId) });
    }
  }
  return parts;
}

const messageOf = (builder: ReplyBuilder): StoredChatMessage => {
  const { content, parts } = builder.snapshot();
  return { ...createMessage({ id: 'reply', role: 'assistant', content }), parts };
};

const question = createMessage({ id: 'q', role: 'user', content: 'Weather and time in Paris?' });

/** The history as the provider's own converter writes it. */
const historyOf = (provider: Provider, reply: StoredChatMessage) =>
  provider === 'anthropic' ? toAnthropicMessages([question, reply]).messages : toOpenAIMessages([question, reply]);

/** What the history must be: the converter's shape, with the wire's ids, names and arguments. */
function expectedHistory(provider: Provider, wire: Wire, after?: string): unknown[] {
  const results = wire.calls.map((call) => JSON.stringify(outputOf(call.id)));
  if (provider === 'anthropic') {
    return [
      { role: 'user', content: question.content },
      {
        role: 'assistant',
        content: [
          ...(wire.text ? [{ type: 'text', text: wire.text }] : []),
          // Anthropic's input is the object its streamed JSON spells.
          ...wire.calls.map((call) => ({ type: 'tool_use', id: call.id, name: call.name, input: JSON.parse(call.arguments) as unknown })),
        ],
      },
      { role: 'user', content: wire.calls.map((call, index) => ({ type: 'tool_result', tool_use_id: call.id, content: results[index] })) },
      ...(after ? [{ role: 'assistant', content: [{ type: 'text', text: after }] }] : []),
    ];
  }
  // OpenAI's chat format is also DashScope's native one: the same `tool_calls`, the same `tool` messages.
  return [
    { role: 'user', content: question.content },
    {
      role: 'assistant',
      content: wire.text || null,
      tool_calls: wire.calls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })),
    },
    ...wire.calls.map((call, index) => ({ role: 'tool', tool_call_id: call.id, content: results[index] })),
    ...(after ? [{ role: 'assistant', content: after }] : []),
  ];
}

describe('history round trip: what the model sent comes back in its own format', () => {
  for (const provider of ['anthropic', 'openai', 'qwen'] as const) {
    it(`${provider}: text and two tool calls, answered, go back with the streamed ids, names and arguments`, async () => {
      const { response, raw } = await streamed(provider, 'Checking both for you.', TOOL_CALLS);
      const wire = wireOf[provider](sseData(raw));
      // The wire itself: what the mock was scripted to send, so the parsing above is not vacuous.
      expect(wire.text).toBe('Checking both for you.');
      expect(wire.calls).toEqual(TOOL_CALLS.map((call) => ({ id: call.id, name: call.name, arguments: JSON.stringify(call.input) })));

      const builder = createReplyBuilder();
      await fold(builder, readers[provider](response));
      const reply = messageOf(builder);
      expect(reply.parts?.map((part) => (part.type === 'tool-call' ? part.state : part.type))).toEqual([
        'text',
        'output-available',
        'output-available',
      ]);
      expect(historyOf(provider, reply)).toEqual(expectedHistory(provider, wire));
    });

    it(`${provider}: two steps (text and a call, its result, then text) are assistant, result, assistant`, async () => {
      const first = await streamed(provider, 'Let me check.', TOOL_CALLS.slice(0, 1));
      const second = await streamed(provider, 'It is 18 °C in Paris.');
      const builder = createReplyBuilder();
      await fold(builder, readers[provider](first.response));
      builder.nextStep();
      await fold(builder, readers[provider](second.response));
      const reply = messageOf(builder);
      expect(reply.parts?.map((part) => part.type)).toEqual(['text', 'tool-call', 'step-start', 'text']);
      expect(historyOf(provider, reply)).toEqual(expectedHistory(provider, wireOf[provider](sseData(first.raw)), 'It is 18 °C in Paris.'));
    });
  }

  it('the same multi-step message in both formats: tool_use / tool_calls, the result, then the text', () => {
    const reply: StoredChatMessage = {
      ...createMessage({ id: 'reply', role: 'assistant', content: 'Let me check.\n\nIt is 18 °C.' }),
      parts: [
        { type: 'text', text: 'Let me check.' },
        {
          type: 'tool-call',
          toolCallId: 'call_1',
          toolName: 'get_weather',
          input: { city: 'Paris' },
          inputText: '{"city":"Paris"}',
          state: 'output-available',
          output: { temperature: 18 },
        },
        { type: 'step-start' },
        { type: 'text', text: 'It is 18 °C.' },
      ],
    };
    const result = '{"temperature":18}';
    expect(toAnthropicMessages([question, reply]).messages).toEqual([
      { role: 'user', content: question.content },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Paris' } },
        ],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_1', content: result }] },
      { role: 'assistant', content: [{ type: 'text', text: 'It is 18 °C.' }] },
    ]);
    expect(toOpenAIMessages([question, reply])).toEqual([
      { role: 'user', content: question.content },
      {
        role: 'assistant',
        content: 'Let me check.',
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: result },
      { role: 'assistant', content: 'It is 18 °C.' },
    ]);
  });

  it('a recorded OpenAI tool call (gpt-4o, null content) goes back with its id, name and arguments as recorded', async () => {
    const capture = realCaptures.find((c) => c.name === 'openai-real-tool-call-only-null-content')!;
    const raw = new TextDecoder().decode(concatBytes(caseBytes(capture)));
    const wire = wireOf.openai(sseData(raw));
    expect(wire.calls).toEqual([{ id: 'call_4XzlGBLtUe9dy3GVNV4jhq7h', name: 'get_weather', arguments: '{"city":"New York City"}' }]);

    const builder = createReplyBuilder();
    await fold(builder, fromOpenAI(new Response(chunkedBody(caseBytes(capture)), { headers: { 'content-type': 'text/event-stream' } })));
    expect(toOpenAIMessages([question, messageOf(builder)])).toEqual(expectedHistory('openai', wire));
  });

  it('no other recorded capture carries a tool call (the DashScope ones are text and errors)', () => {
    const withTools = realCaptures.filter((c) => /"tool_calls"|"tool_use"/.test(new TextDecoder().decode(concatBytes(caseBytes(c)))));
    expect(withTools.map((c) => c.name)).toEqual(['openai-real-tool-call-only-null-content']);
  });
});
