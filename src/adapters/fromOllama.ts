import type { ChatStreamPart, FinishReason, MessageUsage } from '../core/parts';
import { ndjsonEvents } from './ndjsonEvents';
import { openBody, partStream } from './partStream';

interface OllamaChunk {
  error?: unknown;
  message?: { content?: string; thinking?: string; tool_calls?: Array<{ id?: string; function?: { name?: string; arguments?: unknown } }> };
  done?: boolean;
  done_reason?: string;
  prompt_eval_count?: number;
  eval_count?: number;
}

/**
 * Ollama's native `/api/chat` (newline-delimited JSON) as part events: message content, `thinking`
 * (`think: true`) as reasoning, `tool_calls` (whole, with their arguments), and the closing
 * `done` line's reason and counts (`prompt_eval_count` in, `eval_count` out).
 */
export function fromOllama(response: Response): ReadableStream<ChatStreamPart> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  async function* parts(): AsyncGenerator<ChatStreamPart, void, undefined> {
    reader = await openBody(response, 'fromOllama() reads the fetch Response of /api/chat');
    if (!reader) return;
    let text = false;
    let reasoning = false;
    let calls = 0;
    for await (const value of ndjsonEvents(reader)) {
      const chunk = value as OllamaChunk;
      if (!chunk || typeof chunk !== 'object') continue;
      if (chunk.error !== undefined) {
        yield { type: 'error', errorText: typeof chunk.error === 'string' ? chunk.error : JSON.stringify(chunk.error) };
        return;
      }
      const message = chunk.message ?? {};
      if (message.thinking) {
        if (!reasoning) yield { type: 'reasoning-start', id: 'reasoning' };
        reasoning = true;
        yield { type: 'reasoning-delta', id: 'reasoning', delta: message.thinking };
      }
      if (message.content) {
        if (reasoning) yield { type: 'reasoning-end', id: 'reasoning' };
        reasoning = false;
        if (!text) yield { type: 'text-start', id: 'text' };
        text = true;
        yield { type: 'text-delta', id: 'text', delta: message.content };
      }
      for (const call of message.tool_calls ?? []) {
        const id = call.id ?? `call_${calls}`;
        const name = call.function?.name ?? '';
        calls += 1;
        const input = call.function?.arguments ?? {};
        yield { type: 'tool-input-start', toolCallId: id, toolName: name };
        yield { type: 'tool-input-delta', toolCallId: id, inputTextDelta: JSON.stringify(input) };
        yield { type: 'tool-input-available', toolCallId: id, toolName: name, input };
      }
      if (chunk.done) {
        if (reasoning) yield { type: 'reasoning-end', id: 'reasoning' };
        if (text) yield { type: 'text-end', id: 'text' };
        const usage: MessageUsage = {};
        if (typeof chunk.prompt_eval_count === 'number') usage.inputTokens = chunk.prompt_eval_count;
        if (typeof chunk.eval_count === 'number') usage.outputTokens = chunk.eval_count;
        if (usage.inputTokens !== undefined && usage.outputTokens !== undefined) usage.totalTokens = usage.inputTokens + usage.outputTokens;
        const finishReason: FinishReason =
          chunk.done_reason === 'length'
            ? 'length'
            : calls > 0
              ? 'tool-calls'
              : chunk.done_reason === 'stop' || !chunk.done_reason
                ? 'stop'
                : 'other';
        yield { type: 'finish', finishReason, ...(Object.keys(usage).length ? { usage } : {}) };
        return;
      }
    }
    yield { type: 'error', errorText: 'The reply was cut off: the stream ended before Ollama said done.' };
  }
  return partStream(parts(), () => void reader?.cancel().catch(() => undefined));
}
