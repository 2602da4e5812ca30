/**
 * The wire formats the mock model speaks: one scripted reply, written as each provider streams it.
 * Each writer gives the body's events in order (one string each) and the content type; the mock
 * model paces and splits them like a network.
 */

/** A provider's streaming format. */
export type MockFormat = 'openai' | 'openai-responses' | 'anthropic' | 'gemini' | 'ollama' | 'qwen' | 'ui-message-stream';

/** A tool call in a scripted reply. */
export interface MockToolCall {
  name: string;
  /** The arguments, streamed as JSON in pieces (whole, where the provider sends them whole). */
  input: Record<string, unknown>;
  /** Default `call_<n>`. */
  id?: string;
  /** The tool's result, for formats in which the server runs tools (the UI message stream). */
  output?: unknown;
}

/** A reply as the writers see it: already split into tokens. */
export interface MockScript {
  model: string;
  reasoning: string[];
  text: string[];
  toolCalls: Array<Required<Pick<MockToolCall, 'id' | 'name' | 'input'>> & { output?: unknown; pieces: string[] }>;
  /** Set when the stream fails after `text` with this message. */
  error?: string;
  usage: { input: number; output: number; reasoning: number };
  /** For `openai`: the request asked for the usage chunk (`stream_options.include_usage`). */
  includeUsage: boolean;
}

export interface MockBody {
  events: string[];
  contentType: string;
  headers?: Record<string, string>;
}

const SSE = 'text/event-stream; charset=utf-8';
const data = (payload: unknown) => `data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`;
const named = (type: string, payload: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...payload })}\n\n`;

function openai(script: MockScript): MockBody {
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
    data({
      id: 'chatcmpl-mock',
      object: 'chat.completion.chunk',
      created,
      model: script.model,
      choices: [{ index: 0, delta, finish_reason: finish }],
    });
  const events = [chunk({ role: 'assistant', content: '' })];
  for (const token of script.reasoning) events.push(chunk({ reasoning_content: token }));
  for (const token of script.text) events.push(chunk({ content: token }));
  script.toolCalls.forEach((call, index) => {
    events.push(chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const piece of call.pieces) events.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
  });
  if (script.error !== undefined) {
    events.push(data({ error: { message: script.error, type: 'server_error' } }));
    return { events, contentType: SSE };
  }
  events.push(chunk({}, script.toolCalls.length ? 'tool_calls' : 'stop'));
  if (script.includeUsage) {
    const { input, output, reasoning } = script.usage;
    events.push(
      data({
        id: 'chatcmpl-mock',
        object: 'chat.completion.chunk',
        created,
        model: script.model,
        choices: [],
        usage: {
          prompt_tokens: input,
          completion_tokens: output,
          total_tokens: input + output,
          completion_tokens_details: { reasoning_tokens: reasoning },
        },
      }),
    );
  }
  events.push(data('[DONE]'));
  return { events, contentType: SSE };
}

function openAIResponses(script: MockScript): MockBody {
  const response = { id: 'resp_mock', object: 'response', model: script.model };
  const events = [named('response.created', { response: { ...response, status: 'in_progress' } })];
  let index = 0;
  if (script.reasoning.length) {
    const item = { type: 'reasoning', id: 'rs_mock', summary: [] };
    events.push(named('response.output_item.added', { output_index: index, item }));
    for (const delta of script.reasoning) {
      events.push(named('response.reasoning_summary_text.delta', { item_id: item.id, output_index: index, summary_index: 0, delta }));
    }
    events.push(named('response.output_item.done', { output_index: index, item }));
    index += 1;
  }
  if (script.text.length) {
    const item = { type: 'message', id: 'msg_mock', role: 'assistant', content: [] };
    events.push(named('response.output_item.added', { output_index: index, item }));
    for (const delta of script.text) {
      events.push(named('response.output_text.delta', { item_id: item.id, output_index: index, content_index: 0, delta }));
    }
    events.push(
      named('response.output_text.done', { item_id: item.id, output_index: index, content_index: 0, text: script.text.join('') }),
    );
    index += 1;
  }
  for (const call of script.toolCalls) {
    const item = { type: 'function_call', id: `fc_${call.id}`, call_id: call.id, name: call.name, arguments: '' };
    events.push(named('response.output_item.added', { output_index: index, item }));
    for (const delta of call.pieces)
      events.push(named('response.function_call_arguments.delta', { item_id: item.id, output_index: index, delta }));
    const args = call.pieces.join('');
    events.push(named('response.function_call_arguments.done', { item_id: item.id, output_index: index, arguments: args }));
    events.push(named('response.output_item.done', { output_index: index, item: { ...item, arguments: args, status: 'completed' } }));
    index += 1;
  }
  if (script.error !== undefined) {
    events.push(named('error', { code: 'server_error', message: script.error }));
    return { events, contentType: SSE };
  }
  const { input, output, reasoning } = script.usage;
  events.push(
    named('response.completed', {
      response: {
        ...response,
        status: 'completed',
        usage: {
          input_tokens: input,
          output_tokens: output,
          total_tokens: input + output,
          output_tokens_details: { reasoning_tokens: reasoning },
        },
      },
    }),
  );
  return { events, contentType: SSE };
}

function anthropic(script: MockScript): MockBody {
  const events = [
    named('message_start', {
      message: {
        id: 'msg_mock',
        type: 'message',
        role: 'assistant',
        model: script.model,
        content: [],
        stop_reason: null,
        usage: { input_tokens: script.usage.input, output_tokens: 1 },
      },
    }),
  ];
  let index = 0;
  if (script.reasoning.length) {
    events.push(named('content_block_start', { index, content_block: { type: 'thinking', thinking: '' } }));
    for (const thinking of script.reasoning)
      events.push(named('content_block_delta', { index, delta: { type: 'thinking_delta', thinking } }));
    events.push(named('content_block_delta', { index, delta: { type: 'signature_delta', signature: 'mock-signature' } }));
    events.push(named('content_block_stop', { index }));
    index += 1;
  }
  if (script.text.length) {
    events.push(named('content_block_start', { index, content_block: { type: 'text', text: '' } }));
    for (const text of script.text) events.push(named('content_block_delta', { index, delta: { type: 'text_delta', text } }));
    if (script.error === undefined) events.push(named('content_block_stop', { index }));
    index += 1;
  }
  if (script.error !== undefined) {
    events.push(named('error', { error: { type: 'overloaded_error', message: script.error } }));
    return { events, contentType: SSE };
  }
  for (const call of script.toolCalls) {
    events.push(named('content_block_start', { index, content_block: { type: 'tool_use', id: call.id, name: call.name, input: {} } }));
    for (const partial_json of call.pieces)
      events.push(named('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json } }));
    events.push(named('content_block_stop', { index }));
    index += 1;
  }
  events.push(
    named('message_delta', {
      delta: { stop_reason: script.toolCalls.length ? 'tool_use' : 'end_turn', stop_sequence: null },
      usage: { output_tokens: script.usage.output },
    }),
  );
  events.push(named('message_stop', {}));
  return { events, contentType: SSE };
}

function gemini(script: MockScript): MockBody {
  const candidate = (parts: unknown[], extra: Record<string, unknown> = {}) =>
    data({ candidates: [{ content: { role: 'model', parts }, index: 0 }], modelVersion: script.model, ...extra });
  const events: string[] = [];
  for (const text of script.reasoning) events.push(candidate([{ text, thought: true }]));
  for (const text of script.text) events.push(candidate([{ text }]));
  if (script.error !== undefined) {
    events.push(data({ error: { code: 500, message: script.error, status: 'INTERNAL' } }));
    return { events, contentType: SSE };
  }
  const { input, output, reasoning } = script.usage;
  // Function calls come whole, in the last chunk, with the finish reason and the counts.
  events.push(
    data({
      candidates: [
        {
          content: { role: 'model', parts: script.toolCalls.map((call) => ({ functionCall: { name: call.name, args: call.input } })) },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: {
        promptTokenCount: input,
        candidatesTokenCount: output - reasoning,
        thoughtsTokenCount: reasoning,
        totalTokenCount: input + output,
      },
      modelVersion: script.model,
    }),
  );
  return { events, contentType: SSE };
}

function ollama(script: MockScript): MockBody {
  const createdAt = new Date().toISOString();
  const line = (message: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    `${JSON.stringify({ model: script.model, created_at: createdAt, message: { role: 'assistant', content: '', ...message }, done: false, ...extra })}\n`;
  const events: string[] = [];
  for (const thinking of script.reasoning) events.push(line({ thinking }));
  for (const content of script.text) events.push(line({ content }));
  if (script.error !== undefined) {
    events.push(`${JSON.stringify({ error: script.error })}\n`);
    return { events, contentType: 'application/x-ndjson' };
  }
  if (script.toolCalls.length) {
    events.push(line({ tool_calls: script.toolCalls.map((call) => ({ function: { name: call.name, arguments: call.input } })) }));
  }
  events.push(line({}, { done: true, done_reason: 'stop', prompt_eval_count: script.usage.input, eval_count: script.usage.output }));
  return { events, contentType: 'application/x-ndjson' };
}

function qwen(script: MockScript): MockBody {
  let id = 0;
  const event = (message: Record<string, unknown>, finish = 'null') => {
    id += 1;
    const { input, output, reasoning } = script.usage;
    return `id:${id}\nevent:result\n:HTTP_STATUS/200\ndata:${JSON.stringify({
      output: { choices: [{ message: { role: 'assistant', content: '', ...message }, finish_reason: finish }] },
      usage: {
        input_tokens: input,
        output_tokens: output,
        total_tokens: input + output,
        output_tokens_details: { reasoning_tokens: reasoning },
      },
      request_id: 'req-mock',
    })}\n\n`;
  };
  // Incremental output (`incremental_output: true`): each event carries what is new.
  const events: string[] = [];
  for (const reasoning_content of script.reasoning) events.push(event({ reasoning_content }));
  for (const content of script.text) events.push(event({ content }));
  script.toolCalls.forEach((call, index) => {
    events.push(event({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const piece of call.pieces) events.push(event({ tool_calls: [{ index, function: { arguments: piece } }] }));
  });
  if (script.error !== undefined) {
    events.push(
      `id:${id + 1}\nevent:error\n:HTTP_STATUS/500\ndata:${JSON.stringify({ code: 'InternalError', message: script.error, request_id: 'req-mock' })}\n\n`,
    );
    return { events, contentType: SSE };
  }
  events.push(event({}, script.toolCalls.length ? 'tool_calls' : 'stop'));
  return { events, contentType: SSE };
}

function uiMessageStream(script: MockScript): MockBody {
  const events = [data({ type: 'start', messageId: 'msg-mock' }), data({ type: 'start-step' })];
  if (script.reasoning.length) {
    events.push(data({ type: 'reasoning-start', id: 'reasoning' }));
    for (const delta of script.reasoning) events.push(data({ type: 'reasoning-delta', id: 'reasoning', delta }));
    events.push(data({ type: 'reasoning-end', id: 'reasoning' }));
  }
  for (const call of script.toolCalls) {
    events.push(data({ type: 'tool-input-start', toolCallId: call.id, toolName: call.name }));
    for (const inputTextDelta of call.pieces) events.push(data({ type: 'tool-input-delta', toolCallId: call.id, inputTextDelta }));
    events.push(data({ type: 'tool-input-available', toolCallId: call.id, toolName: call.name, input: call.input }));
    if (call.output !== undefined) events.push(data({ type: 'tool-output-available', toolCallId: call.id, output: call.output }));
  }
  if (script.text.length) {
    events.push(data({ type: 'text-start', id: 'text' }));
    for (const delta of script.text) events.push(data({ type: 'text-delta', id: 'text', delta }));
    events.push(data({ type: 'text-end', id: 'text' }));
  }
  if (script.error !== undefined) {
    events.push(data({ type: 'error', errorText: script.error }));
  } else {
    const { input, output, reasoning } = script.usage;
    events.push(data({ type: 'finish-step' }));
    events.push(
      data({
        type: 'finish',
        finishReason: script.toolCalls.length && script.toolCalls.some((call) => call.output === undefined) ? 'tool-calls' : 'stop',
        messageMetadata: { usage: { inputTokens: input, outputTokens: output, totalTokens: input + output, reasoningTokens: reasoning } },
      }),
    );
  }
  events.push(data('[DONE]'));
  return { events, contentType: SSE, headers: { 'x-vercel-ai-ui-message-stream': 'v1' } };
}

export const mockFormats: Record<MockFormat, (script: MockScript) => MockBody> = {
  openai,
  'openai-responses': openAIResponses,
  anthropic,
  gemini,
  ollama,
  qwen,
  'ui-message-stream': uiMessageStream,
};

/** An HTTP error body in the provider's own shape. */
export function mockErrorBody(format: MockFormat, status: number, message: string): string {
  switch (format) {
    case 'anthropic':
      return JSON.stringify({ type: 'error', error: { type: status === 401 ? 'authentication_error' : 'invalid_request_error', message } });
    case 'gemini':
      return JSON.stringify({ error: { code: status, message, status: status === 429 ? 'RESOURCE_EXHAUSTED' : 'INVALID_ARGUMENT' } });
    case 'ollama':
      return JSON.stringify({ error: message });
    case 'qwen':
      return JSON.stringify({ code: status === 401 ? 'InvalidApiKey' : 'InvalidParameter', message, request_id: 'req-mock' });
    default:
      return JSON.stringify({ error: { message, type: 'mock_error', code: String(status) } });
  }
}
