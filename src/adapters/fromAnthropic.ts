import { messageFromPayload } from '../core/errors';
import type { ChatStreamPart, FinishReason, MessageUsage } from '../core/parts';
import { openBody, partStream, toolInputPart } from './partStream';
import { sseJSONEvents } from './sseJSONEvents';

/** Anthropic's stop reasons in the AI SDK's words. */
export function mapAnthropicStopReason(reason: unknown): FinishReason {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
    case 'pause_turn':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool-calls';
    case 'refusal':
      return 'content-filter';
    default:
      return 'other';
  }
}

interface AnthropicEvent {
  type?: string;
  index?: number;
  message?: { usage?: { input_tokens?: number; output_tokens?: number } };
  content_block?: { type?: string; id?: string; name?: string; text?: string; thinking?: string; input?: unknown };
  delta?: { type?: string; text?: string; thinking?: string; partial_json?: string; stop_reason?: unknown };
  usage?: { input_tokens?: number; output_tokens?: number };
  error?: unknown;
}

type Block = { kind: 'text' | 'reasoning'; id: string } | { kind: 'tool'; id: string; name: string; json: string };

/**
 * Anthropic's Messages API streamed (`stream: true`) as part events: text, extended thinking as
 * reasoning, `tool_use` blocks as tool calls with their `input_json_delta`s, usage (input tokens
 * from `message_start`, replaced by `message_delta`'s when it has them; output tokens from
 * `message_delta`), the stop reason, and `error` events (`overloaded_error`, …) with their message.
 * `ping`s are skipped. A non-2xx response fails with the API's message.
 */
export function fromAnthropic(response: Response): ReadableStream<ChatStreamPart> {
  const ended = { value: false };
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;

  async function* parts(): AsyncGenerator<ChatStreamPart, void, undefined> {
    reader = await openBody(response, 'fromAnthropic() reads the fetch Response of a streaming Messages request');
    if (!reader) return;
    const blocks = new Map<number, Block>();
    const usage: MessageUsage = {};
    let finishReason: FinishReason | undefined;
    let stopped = false;
    for await (const value of sseJSONEvents(reader, ended)) {
      const event = value as AnthropicEvent;
      if (!event || typeof event !== 'object') continue;
      if (event.error !== undefined || event.type === 'error') {
        yield { type: 'error', errorText: messageFromPayload(event).message ?? 'Anthropic reported an error.' };
        return;
      }
      switch (event.type) {
        case 'message_start': {
          const start = event.message?.usage;
          if (typeof start?.input_tokens === 'number') usage.inputTokens = start.input_tokens;
          if (typeof start?.output_tokens === 'number') usage.outputTokens = start.output_tokens;
          break;
        }
        case 'content_block_start': {
          const index = event.index ?? blocks.size;
          const block = event.content_block ?? {};
          if (block.type === 'text') {
            blocks.set(index, { kind: 'text', id: `text-${index}` });
            yield { type: 'text-start', id: `text-${index}` };
            if (block.text) yield { type: 'text-delta', id: `text-${index}`, delta: block.text };
          } else if (block.type === 'thinking' || block.type === 'redacted_thinking') {
            blocks.set(index, { kind: 'reasoning', id: `reasoning-${index}` });
            yield { type: 'reasoning-start', id: `reasoning-${index}` };
            if (block.thinking) yield { type: 'reasoning-delta', id: `reasoning-${index}`, delta: block.thinking };
          } else if (block.type === 'tool_use' || block.type === 'server_tool_use') {
            const id = block.id ?? `tool-${index}`;
            blocks.set(index, { kind: 'tool', id, name: block.name ?? '', json: '' });
            yield {
              type: 'tool-input-start',
              toolCallId: id,
              toolName: block.name ?? '',
              ...(block.type === 'server_tool_use' ? { providerExecuted: true } : {}),
            };
          }
          break;
        }
        case 'content_block_delta': {
          const block = blocks.get(event.index ?? -1);
          const delta = event.delta ?? {};
          if (!block) break;
          if (block.kind === 'text' && delta.type === 'text_delta' && delta.text)
            yield { type: 'text-delta', id: block.id, delta: delta.text };
          else if (block.kind === 'reasoning' && delta.type === 'thinking_delta' && delta.thinking)
            yield { type: 'reasoning-delta', id: block.id, delta: delta.thinking };
          else if (block.kind === 'tool' && delta.type === 'input_json_delta' && delta.partial_json) {
            block.json += delta.partial_json;
            yield { type: 'tool-input-delta', toolCallId: block.id, inputTextDelta: delta.partial_json };
          }
          break;
        }
        case 'content_block_stop': {
          const index = event.index ?? -1;
          const block = blocks.get(index);
          if (!block) break;
          blocks.delete(index);
          if (block.kind === 'text') yield { type: 'text-end', id: block.id };
          else if (block.kind === 'reasoning') yield { type: 'reasoning-end', id: block.id };
          else if (block.kind === 'tool') yield toolInputPart(block.id, block.name, block.json);
          break;
        }
        case 'message_delta': {
          if (event.delta?.stop_reason) finishReason = mapAnthropicStopReason(event.delta.stop_reason);
          if (typeof event.usage?.input_tokens === 'number') usage.inputTokens = event.usage.input_tokens;
          if (typeof event.usage?.output_tokens === 'number') usage.outputTokens = event.usage.output_tokens;
          break;
        }
        case 'message_stop':
          stopped = true;
          break;
        default:
          // ping, and event types newer than this reader
          break;
      }
      if (stopped) break;
    }
    if (!stopped) {
      yield { type: 'error', errorText: 'The reply was cut off: the stream ended before message_stop.' };
      return;
    }
    if (usage.inputTokens !== undefined && usage.outputTokens !== undefined) usage.totalTokens = usage.inputTokens + usage.outputTokens;
    yield { type: 'finish', ...(finishReason ? { finishReason } : {}), ...(Object.keys(usage).length ? { usage } : {}) };
  }

  return partStream(parts(), () => void reader?.cancel().catch(() => undefined));
}
