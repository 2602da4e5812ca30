import { messageFromPayload } from '../core/errors';
import type { ChatStreamPart, FinishReason, MessageUsage } from '../core/parts';
import { mapOpenAIFinishReason } from './fromOpenAI';
import { openBody, partStream, toolInputPart } from './partStream';
import { sseJSONEvents } from './sseJSONEvents';
import { qwenContentText } from './qwenContentText';

export interface FromQwenOptions {
  /**
   * Match the request's `incremental_output`: true when each event carries only the new text (and
   * the new part of a tool call's arguments); false when each carries everything so far, DashScope's
   * default, and only what is new is read.
   * @default false
   */
  incremental?: boolean;
}

interface QwenToolCall {
  index?: number;
  id?: string;
  function?: { name?: string; arguments?: string };
}

interface QwenEvent {
  error?: unknown;
  code?: unknown;
  message?: unknown;
  output?: {
    text?: unknown;
    finish_reason?: unknown;
    choices?: Array<{
      message?: { content?: unknown; reasoning_content?: unknown; tool_calls?: QwenToolCall[] };
      finish_reason?: unknown;
    }>;
  };
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
    total_tokens?: number;
    output_tokens_details?: { reasoning_tokens?: number };
  };
}

const isFinish = (value: unknown): value is string => typeof value === 'string' && value !== '' && value !== 'null';

function usageOf(usage: NonNullable<QwenEvent['usage']>): MessageUsage {
  const out: MessageUsage = {};
  if (typeof usage.input_tokens === 'number') out.inputTokens = usage.input_tokens;
  if (typeof usage.output_tokens === 'number') out.outputTokens = usage.output_tokens;
  if (typeof usage.total_tokens === 'number') out.totalTokens = usage.total_tokens;
  else if (out.inputTokens !== undefined && out.outputTokens !== undefined) out.totalTokens = out.inputTokens + out.outputTokens;
  const reasoning = usage.output_tokens_details?.reasoning_tokens;
  if (typeof reasoning === 'number') out.reasoningTokens = reasoning;
  return out;
}

/**
 * DashScope's native text generation (Qwen, and the other models DashScope serves) as part events:
 * `output.text` (`result_format: "text"`) or `output.choices[0].message` (`"message"`) with its
 * `reasoning_content` and `tool_calls`, the latest `usage`, and the finish reason. An `error` event,
 * a payload with a `code` and no `output`, or a non-2xx status fails with DashScope's message.
 * For DashScope's OpenAI-compatible mode use `fromOpenAI`.
 */
export function fromQwen(response: Response, options: FromQwenOptions = {}): ReadableStream<ChatStreamPart> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  /** What is new in `next`: all of it in incremental mode, else what follows `before` (nothing when it does not). */
  const added = (next: string, before: string): string => {
    if (options.incremental) return next;
    return next.length > before.length && next.startsWith(before) ? next.slice(before.length) : '';
  };

  async function* parts(): AsyncGenerator<ChatStreamPart, void, undefined> {
    reader = await openBody(response, "fromQwen() reads the fetch Response of DashScope's text generation (SSE)");
    if (!reader) return;
    let text = '';
    let reasoning = '';
    let textOpen = false;
    let reasoningOpen = false;
    let usage: MessageUsage | undefined;
    let finishReason: FinishReason | undefined;
    const calls = new Map<number, { id: string; name: string; args: string; done: boolean }>();
    const closeReasoning = function* (): Generator<ChatStreamPart, void, undefined> {
      if (reasoningOpen) yield { type: 'reasoning-end', id: 'reasoning' };
      reasoningOpen = false;
    };
    const flushCalls = function* (): Generator<ChatStreamPart, void, undefined> {
      for (const call of calls.values()) {
        if (call.done) continue;
        call.done = true;
        yield toolInputPart(call.id, call.name, call.args);
      }
    };

    for await (const value of sseJSONEvents(reader, { value: false })) {
      const event = (value ?? {}) as QwenEvent;
      const failure =
        event.error !== undefined ? event.error : event.code !== undefined && event.code !== '' && !event.output ? event : undefined;
      if (failure !== undefined) {
        yield* closeReasoning();
        const found = messageFromPayload(failure);
        yield {
          type: 'error',
          errorText: found.message ?? (typeof failure === 'string' && failure ? failure : 'DashScope reported an error.'),
        };
        return;
      }
      if (event.usage && typeof event.usage === 'object') usage = usageOf(event.usage);
      const output = event.output;
      if (!output) continue;
      const choice = Array.isArray(output.choices) ? output.choices[0] : undefined;
      const message = choice?.message;

      const thought = typeof message?.reasoning_content === 'string' ? added(message.reasoning_content, reasoning) : '';
      if (thought) {
        reasoning += thought;
        if (!reasoningOpen) yield { type: 'reasoning-start', id: 'reasoning' };
        reasoningOpen = true;
        yield { type: 'reasoning-delta', id: 'reasoning', delta: thought };
      }

      const whole = typeof output.text === 'string' ? output.text : qwenContentText(message?.content);
      const delta = whole ? added(whole, text) : '';
      if (delta) {
        text += delta;
        yield* closeReasoning();
        if (!textOpen) yield { type: 'text-start', id: 'text' };
        textOpen = true;
        yield { type: 'text-delta', id: 'text', delta };
      }

      for (const toolCall of Array.isArray(message?.tool_calls) ? message.tool_calls : []) {
        yield* closeReasoning();
        const index = typeof toolCall.index === 'number' ? toolCall.index : 0;
        let call = calls.get(index);
        if (!call) {
          call = { id: toolCall.id || `call_${index}`, name: toolCall.function?.name ?? '', args: '', done: false };
          calls.set(index, call);
          yield { type: 'tool-input-start', toolCallId: call.id, toolName: call.name };
        }
        const args = typeof toolCall.function?.arguments === 'string' ? added(toolCall.function.arguments, call.args) : '';
        if (args) {
          call.args += args;
          yield { type: 'tool-input-delta', toolCallId: call.id, inputTextDelta: args };
        }
      }

      const reason = isFinish(choice?.finish_reason)
        ? choice.finish_reason
        : isFinish(output.finish_reason)
          ? output.finish_reason
          : undefined;
      if (reason) {
        finishReason = mapOpenAIFinishReason(reason);
        yield* closeReasoning();
        yield* flushCalls();
      }
    }
    yield* closeReasoning();
    if (textOpen) yield { type: 'text-end', id: 'text' };
    yield* flushCalls();
    if (!finishReason) {
      yield { type: 'error', errorText: 'The reply was cut off: the stream ended before the model finished.' };
      return;
    }
    yield { type: 'finish', finishReason, ...(usage ? { usage } : {}) };
  }
  return partStream(parts(), () => void reader?.cancel().catch(() => undefined));
}
