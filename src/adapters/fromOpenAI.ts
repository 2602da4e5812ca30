import { errorFromResponse, messageFromPayload, ProChatError } from '../core/errors';
import type { ChatStreamPart, FinishReason, MessageUsage } from '../core/parts';
import { classifyResult } from '../core/request';
import { ndjsonEvents } from './ndjsonEvents';
import { partStream, toolInputPart } from './partStream';
import { sseJSONEvents } from './sseJSONEvents';

export interface FromOpenAIOptions {
  /**
   * Report a stream that ends with neither `[DONE]` nor a `finish_reason` as an error (cut short
   * by a proxy, say). Default true; false for servers that send neither.
   */
  requireEnd?: boolean;
}

/** What `fromOpenAI` reads: a fetch Response (SSE), the `openai` SDK's stream, or its `toReadableStream()`. */
export type OpenAISource = Response | AsyncIterable<unknown> | ReadableStream<Uint8Array>;

interface ToolCallDelta {
  index?: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

interface OpenAIChunk {
  error?: unknown;
  usage?: {
    prompt_tokens?: number;
    completion_tokens?: number;
    total_tokens?: number;
    completion_tokens_details?: { reasoning_tokens?: number };
  } | null;
  choices?: Array<{
    delta?: { content?: unknown; reasoning_content?: unknown; reasoning?: unknown; refusal?: unknown; tool_calls?: ToolCallDelta[] };
    finish_reason?: unknown;
  }>;
}

/** OpenAI's finish reasons in the AI SDK's words. */
export function mapOpenAIFinishReason(reason: unknown): FinishReason {
  switch (reason) {
    case 'stop':
      return 'stop';
    case 'length':
      return 'length';
    case 'content_filter':
      return 'content-filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    default:
      return 'other';
  }
}

function usageOf(usage: NonNullable<OpenAIChunk['usage']>): MessageUsage {
  const out: MessageUsage = {};
  if (typeof usage.prompt_tokens === 'number') out.inputTokens = usage.prompt_tokens;
  if (typeof usage.completion_tokens === 'number') out.outputTokens = usage.completion_tokens;
  if (typeof usage.total_tokens === 'number') out.totalTokens = usage.total_tokens;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens;
  if (typeof reasoning === 'number') out.reasoningTokens = reasoning;
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return `a ${typeof value}`;
  const name = (value as object).constructor?.name;
  return name && name !== 'Object' ? `a ${name}` : 'an object';
}

/**
 * OpenAI chat completions (and every compatible server: DeepSeek, vLLM, OpenRouter, Ollama's
 * `/v1`, Qwen's compatible mode) as part events: text, reasoning (`reasoning_content` or
 * `reasoning`), tool calls streamed by `index` with their argument deltas (several in parallel),
 * usage (`stream_options: { include_usage: true }`), the finish reason, and the server's errors.
 *
 * `source` may be a fetch `Response` with the SSE body, the official `openai` SDK's stream
 * (`await openai.chat.completions.create({ stream: true })`; Stop aborts its request), or that
 * stream's `toReadableStream()`.
 */
export function fromOpenAI(source: OpenAISource, options: FromOpenAIOptions = {}): ReadableStream<ChatStreamPart> {
  const ended = { value: false };
  /** Stops what is being read: the SDK's request, or the body's reader. */
  let abortSource: (() => void) | undefined;
  let chunks: AsyncIterator<unknown> | undefined;
  const reading = (body: ReadableStream<Uint8Array>) => {
    const reader = body.getReader();
    abortSource = () => void reader.cancel().catch(() => undefined);
    return reader;
  };
  const open = async (): Promise<AsyncIterator<unknown>> => {
    const kind = classifyResult(source);
    if (kind.kind === 'response') {
      const response = kind.value;
      if (!response.ok) throw await errorFromResponse(response);
      if (!response.body) return (async function* () {})();
      return sseJSONEvents(reading(response.body), ended);
    }
    if (kind.kind === 'stream') return ndjsonEvents(reading(kind.value as ReadableStream<Uint8Array>));
    if (kind.kind === 'iterable') {
      // The SDK's Stream carries the AbortController of its request.
      const controller = (source as { controller?: { abort?: () => void } }).controller;
      if (controller && typeof controller.abort === 'function') abortSource = () => controller.abort!();
      ended.value = true;
      return kind.value[Symbol.asyncIterator]();
    }
    throw new ProChatError(
      `fromOpenAI() reads a fetch Response, the openai SDK's stream or its toReadableStream(); it got ${describe(source)}.`,
      { code: 'invalid_response' },
    );
  };

  async function* parts(): AsyncGenerator<ChatStreamPart, void, undefined> {
    chunks = await open();
    let reasoning = false;
    let text = false;
    let finishReason: FinishReason | undefined;
    let usage: MessageUsage | undefined;
    let sawFinish = false;
    const calls = new Map<number, { id: string; name: string; args: string; done: boolean }>();
    const closeReasoning = function* (): Generator<ChatStreamPart, void, undefined> {
      if (reasoning) yield { type: 'reasoning-end', id: 'reasoning' };
      reasoning = false;
    };
    const flushCalls = function* (): Generator<ChatStreamPart, void, undefined> {
      for (const call of calls.values()) {
        if (call.done) continue;
        call.done = true;
        yield toolInputPart(call.id, call.name, call.args);
      }
    };
    while (true) {
      const next = await chunks.next();
      if (next.done) break;
      const chunk = next.value as OpenAIChunk;
      if (!chunk || typeof chunk !== 'object') continue;
      if (chunk.error !== undefined && chunk.error !== null) {
        yield* closeReasoning();
        const found = messageFromPayload(chunk);
        yield { type: 'error', errorText: found.message ?? 'The server reported an error.' };
        return;
      }
      if (chunk.usage && typeof chunk.usage === 'object') usage = usageOf(chunk.usage);
      const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
      if (!choice) continue;
      const delta = choice.delta ?? {};
      // One reasoning field per chunk: some gateways fill both with the same text.
      const thought =
        typeof delta.reasoning_content === 'string' && delta.reasoning_content
          ? delta.reasoning_content
          : typeof delta.reasoning === 'string'
            ? delta.reasoning
            : '';
      if (thought) {
        if (!reasoning) yield { type: 'reasoning-start', id: 'reasoning' };
        reasoning = true;
        yield { type: 'reasoning-delta', id: 'reasoning', delta: thought };
      }
      const content =
        typeof delta.content === 'string' && delta.content ? delta.content : typeof delta.refusal === 'string' ? delta.refusal : '';
      if (content) {
        yield* closeReasoning();
        if (!text) yield { type: 'text-start', id: 'text' };
        text = true;
        yield { type: 'text-delta', id: 'text', delta: content };
      }
      if (Array.isArray(delta.tool_calls)) {
        yield* closeReasoning();
        for (const toolCall of delta.tool_calls) {
          const index = typeof toolCall.index === 'number' ? toolCall.index : 0;
          let call = calls.get(index);
          if (!call) {
            call = { id: toolCall.id ?? `call_${index}`, name: toolCall.function?.name ?? '', args: '', done: false };
            calls.set(index, call);
            yield { type: 'tool-input-start', toolCallId: call.id, toolName: call.name };
          }
          const args = toolCall.function?.arguments;
          if (typeof args === 'string' && args) {
            call.args += args;
            yield { type: 'tool-input-delta', toolCallId: call.id, inputTextDelta: args };
          }
        }
      }
      if (typeof choice.finish_reason === 'string' && choice.finish_reason) {
        sawFinish = true;
        finishReason = mapOpenAIFinishReason(choice.finish_reason);
        yield* closeReasoning();
        yield* flushCalls();
      }
    }
    yield* closeReasoning();
    if (text) yield { type: 'text-end', id: 'text' };
    yield* flushCalls();
    if (!sawFinish && !ended.value && options.requireEnd !== false) {
      yield { type: 'error', errorText: 'The reply was cut off: the stream ended before the model finished.' };
      return;
    }
    yield { type: 'finish', ...(finishReason ? { finishReason } : {}), ...(usage ? { usage } : {}) };
  }

  return partStream(parts(), () => {
    abortSource?.();
    // An async generator's return() waits for its pending next(); do not wait for it.
    Promise.resolve(chunks?.return?.()).catch(() => undefined);
  });
}
