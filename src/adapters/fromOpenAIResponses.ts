import { messageFromPayload } from '../core/errors';
import type { ChatStreamPart, FinishReason, MessageUsage } from '../core/parts';
import { openBody, partStream, toolInputPart } from './partStream';
import { sseJSONEvents } from './sseJSONEvents';

interface ResponsesItem {
  type?: string;
  id?: string;
  call_id?: string;
  name?: string;
  arguments?: string;
  status?: string;
}

interface ResponsesEvent {
  type?: string;
  item_id?: string;
  output_index?: number;
  delta?: string;
  arguments?: string;
  item?: ResponsesItem;
  annotation?: { type?: string; url?: string; title?: string };
  response?: {
    usage?: { input_tokens?: number; output_tokens?: number; total_tokens?: number; output_tokens_details?: { reasoning_tokens?: number } };
    incomplete_details?: { reason?: string } | null;
    error?: unknown;
  };
  message?: string;
  code?: string;
}

/**
 * The OpenAI Responses API streamed (`stream: true`) as part events: output text, reasoning
 * summaries, function calls with their argument deltas, built-in tools (web search, file search,
 * code interpreter) as calls the provider ran, URL citations as sources, usage from
 * `response.completed`, `response.incomplete` (`max_output_tokens` is `length`), and
 * `response.failed` / `error` with OpenAI's message.
 */
export function fromOpenAIResponses(response: Response): ReadableStream<ChatStreamPart> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  async function* parts(): AsyncGenerator<ChatStreamPart, void, undefined> {
    reader = await openBody(response, 'fromOpenAIResponses() reads the fetch Response of a streaming Responses request');
    if (!reader) return;
    /** Function calls by item id: their call id, name and arguments so far. */
    const calls = new Map<string, { callId: string; name: string; args: string; done: boolean }>();
    const texts = new Set<string>();
    const summaries = new Set<string>();
    let sources = 0;
    let calledTools = false;
    for await (const value of sseJSONEvents(reader, { value: false })) {
      const event = value as ResponsesEvent & { error?: unknown };
      if (!event || typeof event !== 'object') continue;
      switch (event.type) {
        case 'response.output_item.added': {
          const item = event.item ?? {};
          if (item.type === 'function_call' && item.id) {
            calls.set(item.id, { callId: item.call_id ?? item.id, name: item.name ?? '', args: '', done: false });
            yield { type: 'tool-input-start', toolCallId: item.call_id ?? item.id, toolName: item.name ?? '' };
          } else if (item.type && item.type.endsWith('_call') && item.id) {
            // A built-in tool the provider runs (web_search_call, file_search_call, …).
            const toolName = item.type.slice(0, -'_call'.length);
            yield { type: 'tool-input-start', toolCallId: item.id, toolName, providerExecuted: true };
            yield { type: 'tool-input-available', toolCallId: item.id, toolName, input: {}, providerExecuted: true };
          }
          break;
        }
        case 'response.output_text.delta': {
          const id = `text-${event.item_id ?? 0}`;
          if (!texts.has(id)) {
            texts.add(id);
            yield { type: 'text-start', id };
          }
          if (event.delta) yield { type: 'text-delta', id, delta: event.delta };
          break;
        }
        case 'response.output_text.done':
          if (texts.has(`text-${event.item_id ?? 0}`)) yield { type: 'text-end', id: `text-${event.item_id ?? 0}` };
          break;
        case 'response.reasoning_summary_text.delta': {
          const id = `reasoning-${event.item_id ?? 0}`;
          if (!summaries.has(id)) {
            summaries.add(id);
            yield { type: 'reasoning-start', id };
          }
          if (event.delta) yield { type: 'reasoning-delta', id, delta: event.delta };
          break;
        }
        case 'response.reasoning_summary_text.done':
          if (summaries.has(`reasoning-${event.item_id ?? 0}`)) yield { type: 'reasoning-end', id: `reasoning-${event.item_id ?? 0}` };
          break;
        case 'response.function_call_arguments.delta': {
          const call = calls.get(event.item_id ?? '');
          if (call && event.delta) {
            call.args += event.delta;
            yield { type: 'tool-input-delta', toolCallId: call.callId, inputTextDelta: event.delta };
          }
          break;
        }
        case 'response.output_item.done': {
          const item = event.item ?? {};
          const call = item.id ? calls.get(item.id) : undefined;
          if (item.type === 'function_call' && call && !call.done) {
            call.done = true;
            calledTools = true;
            yield toolInputPart(call.callId, item.name ?? call.name, item.arguments ?? call.args);
          } else if (item.type && item.type.endsWith('_call') && item.type !== 'function_call' && item.id) {
            yield {
              type: 'tool-output-available',
              toolCallId: item.id,
              output: { status: item.status ?? 'completed' },
              providerExecuted: true,
            };
          }
          break;
        }
        case 'response.output_text.annotation.added': {
          const annotation = event.annotation;
          if (annotation?.type === 'url_citation' && annotation.url) {
            sources += 1;
            yield {
              type: 'source-url',
              sourceId: `source-${sources}`,
              url: annotation.url,
              ...(annotation.title ? { title: annotation.title } : {}),
            };
          }
          break;
        }
        case 'response.completed':
        case 'response.incomplete': {
          const usage = usageOf(event.response?.usage);
          const reason = event.response?.incomplete_details?.reason;
          const finishReason: FinishReason =
            event.type === 'response.completed'
              ? calledTools
                ? 'tool-calls'
                : 'stop'
              : reason === 'max_output_tokens'
                ? 'length'
                : reason === 'content_filter'
                  ? 'content-filter'
                  : 'other';
          yield { type: 'finish', finishReason, ...(usage ? { usage } : {}) };
          return;
        }
        case 'response.failed':
          yield { type: 'error', errorText: messageFromPayload(event.response).message ?? 'The response failed.' };
          return;
        case 'error':
          yield { type: 'error', errorText: messageFromPayload(event).message ?? 'OpenAI reported an error.' };
          return;
        default:
          if (event.error !== undefined) {
            yield { type: 'error', errorText: messageFromPayload(event).message ?? 'OpenAI reported an error.' };
            return;
          }
      }
    }
    yield { type: 'error', errorText: 'The reply was cut off: the stream ended before response.completed.' };
  }
  return partStream(parts(), () => void reader?.cancel().catch(() => undefined));
}

function usageOf(usage: NonNullable<ResponsesEvent['response']>['usage']): MessageUsage | undefined {
  if (!usage) return undefined;
  const out: MessageUsage = {};
  if (typeof usage.input_tokens === 'number') out.inputTokens = usage.input_tokens;
  if (typeof usage.output_tokens === 'number') out.outputTokens = usage.output_tokens;
  if (typeof usage.total_tokens === 'number') out.totalTokens = usage.total_tokens;
  const reasoning = usage.output_tokens_details?.reasoning_tokens;
  if (typeof reasoning === 'number') out.reasoningTokens = reasoning;
  return out;
}
