import { messageFromPayload } from '../core/errors';
import type { ChatStreamPart, FinishReason, MessageUsage } from '../core/parts';
import { setAtPath } from './jsonPath';
import { openBody, partStream } from './partStream';
import { sseJSONEvents } from './sseJSONEvents';

/** Gemini's finish reasons in the AI SDK's words; `STOP` after a function call is `tool-calls`. */
export function mapGeminiFinishReason(reason: unknown, calledTools: boolean): FinishReason {
  switch (reason) {
    case 'STOP':
      return calledTools ? 'tool-calls' : 'stop';
    case 'MAX_TOKENS':
      return 'length';
    case 'SAFETY':
    case 'RECITATION':
    case 'BLOCKLIST':
    case 'PROHIBITED_CONTENT':
    case 'SPII':
    case 'IMAGE_SAFETY':
      return 'content-filter';
    case 'MALFORMED_FUNCTION_CALL':
      return 'error';
    default:
      return 'other';
  }
}

interface GeminiFunctionCall {
  id?: string;
  name?: string;
  args?: unknown;
  /** Streamed arguments (`streamFunctionCallArguments`): values by JSON path, strings in pieces. */
  partialArgs?: Array<Record<string, unknown> & { jsonPath?: string; willContinue?: boolean }>;
  willContinue?: boolean;
}

interface GeminiChunk {
  error?: unknown;
  candidates?: Array<{
    content?: { parts?: Array<{ text?: string; thought?: boolean; functionCall?: GeminiFunctionCall }> };
    finishReason?: string;
  }>;
  usageMetadata?: { promptTokenCount?: number; candidatesTokenCount?: number; thoughtsTokenCount?: number; totalTokenCount?: number };
  promptFeedback?: { blockReason?: string };
}

function usageOf(metadata: NonNullable<GeminiChunk['usageMetadata']>): MessageUsage {
  const usage: MessageUsage = {};
  if (typeof metadata.promptTokenCount === 'number') usage.inputTokens = metadata.promptTokenCount;
  const thoughts = metadata.thoughtsTokenCount ?? 0;
  // As the AI SDK counts them: output includes the thinking.
  if (typeof metadata.candidatesTokenCount === 'number' || thoughts) usage.outputTokens = (metadata.candidatesTokenCount ?? 0) + thoughts;
  if (thoughts) usage.reasoningTokens = thoughts;
  if (typeof metadata.totalTokenCount === 'number') usage.totalTokens = metadata.totalTokenCount;
  return usage;
}

/**
 * Gemini's `streamGenerateContent?alt=sse` as part events: text, thought summaries
 * (`includeThoughts`) as reasoning, function calls as tool calls (they arrive whole), usage
 * (`outputTokens` counts the thinking too), the finish reason, a blocked prompt, and error bodies
 * with Google's message.
 */
export function fromGemini(response: Response): ReadableStream<ChatStreamPart> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  async function* parts(): AsyncGenerator<ChatStreamPart, void, undefined> {
    reader = await openBody(response, 'fromGemini() reads the fetch Response of streamGenerateContent?alt=sse');
    if (!reader) return;
    let text = false;
    let reasoning = false;
    let calls = 0;
    let usage: MessageUsage | undefined;
    let rawFinish: string | undefined;
    /** The call whose arguments arrive in pieces, until `functionCall: {}`, another call or the end. */
    let streamed: { id: string; name: string; args: Record<string, unknown>; continuing: Set<string> } | undefined;
    const endStreamed = function* (): Generator<ChatStreamPart, void, undefined> {
      if (!streamed) return;
      const { id, name, args } = streamed;
      streamed = undefined;
      yield { type: 'tool-input-delta', toolCallId: id, inputTextDelta: JSON.stringify(args) };
      yield { type: 'tool-input-available', toolCallId: id, toolName: name, input: args };
    };
    for await (const value of sseJSONEvents(reader, { value: false })) {
      const chunk = value as GeminiChunk;
      if (!chunk || typeof chunk !== 'object') continue;
      if (chunk.error !== undefined) {
        yield { type: 'error', errorText: messageFromPayload(chunk).message ?? 'Gemini reported an error.' };
        return;
      }
      if (chunk.usageMetadata) usage = usageOf(chunk.usageMetadata);
      if (chunk.promptFeedback?.blockReason) {
        yield { type: 'error', errorText: `Gemini blocked the prompt (${chunk.promptFeedback.blockReason}).` };
        return;
      }
      const candidate = chunk.candidates?.[0];
      if (!candidate) continue;
      for (const part of candidate.content?.parts ?? []) {
        const call = part.functionCall;
        if (call) {
          if (call.partialArgs && streamed) {
            for (const piece of call.partialArgs) {
              const key = Object.keys(piece).find((name) => name.endsWith('Value'));
              if (!key || typeof piece.jsonPath !== 'string') continue;
              const value = key === 'nullValue' ? null : piece[key];
              setAtPath(streamed.args, piece.jsonPath, value, streamed.continuing.has(piece.jsonPath));
              if (piece.willContinue) streamed.continuing.add(piece.jsonPath);
              else streamed.continuing.delete(piece.jsonPath);
            }
            continue;
          }
          // `{ willContinue: true }` only says more is coming; a new call, or `{}`, ends the
          // call whose arguments were streaming.
          if (streamed && !call.name && call.willContinue) continue;
          yield* endStreamed();
          if (!call.name) continue;
          const id = call.id ?? `call_${calls}`;
          calls += 1;
          yield { type: 'tool-input-start', toolCallId: id, toolName: call.name };
          if (call.willContinue && call.args === undefined) {
            streamed = { id, name: call.name, args: {}, continuing: new Set() };
            continue;
          }
          const input = call.args ?? {};
          yield { type: 'tool-input-delta', toolCallId: id, inputTextDelta: JSON.stringify(input) };
          yield { type: 'tool-input-available', toolCallId: id, toolName: call.name, input };
        } else if (typeof part.text === 'string' && part.text) {
          if (part.thought) {
            if (!reasoning) yield { type: 'reasoning-start', id: 'reasoning' };
            reasoning = true;
            yield { type: 'reasoning-delta', id: 'reasoning', delta: part.text };
          } else {
            if (reasoning) yield { type: 'reasoning-end', id: 'reasoning' };
            reasoning = false;
            if (!text) yield { type: 'text-start', id: 'text' };
            text = true;
            yield { type: 'text-delta', id: 'text', delta: part.text };
          }
        }
      }
      if (candidate.finishReason) {
        rawFinish = candidate.finishReason;
        yield* endStreamed();
      }
    }
    yield* endStreamed();
    if (reasoning) yield { type: 'reasoning-end', id: 'reasoning' };
    if (text) yield { type: 'text-end', id: 'text' };
    if (rawFinish === undefined) {
      yield { type: 'error', errorText: 'The reply was cut off: the stream ended before Gemini gave a finish reason.' };
      return;
    }
    const finishReason = mapGeminiFinishReason(rawFinish, calls > 0);
    yield { type: 'finish', finishReason, ...(usage ? { usage } : {}) };
  }
  return partStream(parts(), () => void reader?.cancel().catch(() => undefined));
}
