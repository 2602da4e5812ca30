import { messageFromPayload, ProChatError } from '../core/errors';
import { madeHere } from '../core/stopPolicy';
import type { ChatStreamPart } from '../core/parts';
import { classifyResult } from '../core/request';
import type { OpenAISource } from './fromOpenAI';
import { createOpenAIChunkScanner } from './openAIChunk';
import { sseHandlerStream, type SSEEvent, type SSEEventSink } from './sseTextStream';

export interface OpenAIStreamOptions {
  /**
   * Report a stream that ends with neither `[DONE]` nor a `finish_reason` as an error (the reply
   * was cut short, e.g. by a proxy timeout). Default true; set false for servers that send neither.
   */
  requireEnd?: boolean;
  /**
   * Show the model's reasoning: `choices[0].delta.reasoning_content` (DeepSeek, vLLM, Qwen's
   * compatible mode) and `choices[0].delta.reasoning` (OpenRouter) stream first, inside
   * `<think>` … `</think>\n\n`, then the answer. The block opens at the first non-empty reasoning
   * text and closes at the first non-empty answer text (in a chunk carrying both, the reasoning
   * comes first), or when the reply ends while still thinking: `[DONE]`, a `finish_reason`, the
   * end of the body, or an error reported by the server (closed before the error, so the text so
   * far is well-formed). Reasoning that arrives after the answer has started is dropped: there is
   * only ever one think block, at the start. Only a dropped connection (the body read failing)
   * leaves the block open, as the text then ends mid-reasoning.
   * Default false: reasoning fields add nothing.
   */
  reasoning?: boolean;
}

function parseJSON(event: SSEEvent): unknown {
  try {
    return JSON.parse(event.data);
  } catch (cause) {
    const sample = event.data.length > 80 ? `${event.data.slice(0, 80)}…` : event.data;
    throw new ProChatError(`The server sent an event that is not valid JSON: ${sample}`, {
      code: 'malformed_event',
      cause,
    });
  }
}

function errorFromEvent(event: SSEEvent, payload: unknown, fallback: string): ProChatError {
  const found = messageFromPayload(payload);
  const text = typeof payload === 'string' ? payload : undefined;
  return new ProChatError(found.message ?? text ?? fallback, { code: found.code, cause: event.data });
}

interface OpenAIChunk {
  error?: unknown;
  choices?: Array<{
    delta?: { content?: unknown; reasoning_content?: unknown; reasoning?: unknown };
    finish_reason?: unknown;
  }>;
}

/**
 * A reasoning field with a value other than null, in a chunk the fast path accepted (its keys
 * are plain, unescaped and unspaced, and inside a JSON string every quote is escaped, so this
 * only finds a real `reasoning` or `reasoning_content` member).
 */
const REASONING_MEMBER = /"reasoning(?:_content)?":(?!null)/;

/**
 * Wraps reasoning text in one `<think>` block before the answer (shared by the adapters; not part
 * of the package's exports).
 * @internal
 */
export function createThinkingWrapper(emit: (text: string) => void) {
  // before: nothing yet; thinking: inside the block; answer: the block is closed or was never
  // opened, and reasoning is dropped.
  let state: 'before' | 'thinking' | 'answer' = 'before';
  return {
    reasoning(text: unknown) {
      if (typeof text !== 'string' || !text || state === 'answer') return;
      if (state === 'before') {
        emit('<think>');
        state = 'thinking';
      }
      emit(text);
    },
    content(text: unknown) {
      if (typeof text !== 'string' || !text) return;
      if (state === 'thinking') emit('</think>\n\n');
      state = 'answer';
      emit(text);
    },
    /** The reply ends: close an open block. */
    close() {
      if (state === 'thinking') emit('</think>\n\n');
      state = 'answer';
    },
  };
}

/**
 * OpenAI chat-completions SSE (and every OpenAI-compatible server) → plain text.
 * Text is `choices[0].delta.content` when it is a string; usage and filter chunks add nothing;
 * `data: [DONE]` ends the stream; an `error` payload or `event: error` fails it after the text
 * before it; a non-2xx response is an error with the server's message.
 */
export function openAIStream(response: OpenAISource, options: OpenAIStreamOptions = {}): ReadableStream<Uint8Array> {
  // The openai SDK's stream (or its toReadableStream()): read as parts, given back as text.
  // The reader loads only here, so apps that pass a Response do not carry it.
  if (classifyResult(response).kind !== 'response')
    return partsAsText(
      import('./fromOpenAI').then((module) => module.fromOpenAI(response, options)),
      options.reasoning === true,
    );
  return sseOpenAIStream(response as Response, options);
}

const encoder = new TextEncoder();

/** Part events as UTF-8 text: the answer, with reasoning in a leading `<think>` block when asked. */
function partsAsText(parts: Promise<ReadableStream<ChatStreamPart>>, reasoning: boolean): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<ChatStreamPart> | undefined;
  let out = '';
  const think = createThinkingWrapper((text) => {
    out += text;
  });
  return madeHere(
    new ReadableStream<Uint8Array>({
      async pull(controller) {
        reader ??= (await parts).getReader();
        out = '';
        while (!out) {
          const { done, value } = await reader.read();
          if (done) {
            think.close();
            if (out) controller.enqueue(encoder.encode(out));
            controller.close();
            return;
          }
          if (value.type === 'error') {
            think.close();
            if (out) controller.enqueue(encoder.encode(out));
            controller.error(new ProChatError(value.errorText, { code: 'stream_error' }));
            return;
          }
          if (value.type === 'reasoning-delta' && reasoning) think.reasoning(value.delta);
          if (value.type === 'text-delta') think.content(value.delta);
        }
        controller.enqueue(encoder.encode(out));
      },
      async cancel(reason) {
        reader ??= (await parts).getReader();
        return reader.cancel(reason);
      },
    }),
  );
}

function sseOpenAIStream(response: Response, options: OpenAIStreamOptions): ReadableStream<Uint8Array> {
  let sawEnd = false;
  const scan = createOpenAIChunkScanner();
  const reasoning = options.reasoning === true;
  // The sink is the same object for every event of the stream; kept to close the think block
  // when the body ends.
  let current: SSEEventSink | undefined;
  const think = createThinkingWrapper((text) => current?.emit(text));
  return sseHandlerStream(response, {
    onEvent: (event, sink) => {
      current = sink;
      const fail = (error: Error) => {
        think.close();
        sink.fail(error);
      };
      const data = event.data.length <= 64 ? event.data.trim() : event.data;
      if (data === '[DONE]') {
        think.close();
        return sink.done();
      }
      // Blank data (keep-alives some servers send as `data:` lines) carries nothing.
      if (event.event !== 'error' && !/\S/.test(event.data)) return;
      if (event.event !== 'error') {
        const fields = scan(event.data);
        // With reasoning on, a chunk with a reasoning value is read by JSON.parse (the fast path
        // reads only the content).
        if (fields && !(reasoning && REASONING_MEMBER.test(event.data))) {
          if (fields.content) think.content(fields.content);
          if (fields.finished) {
            sawEnd = true;
            think.close();
          }
          return;
        }
      }
      // Errors, unusual shapes and malformed data take the JSON.parse path.
      let payload: unknown;
      try {
        payload = parseJSON(event);
      } catch (error) {
        // An error event may carry plain text rather than JSON.
        if (event.event === 'error') return fail(errorFromEvent(event, data, 'The server reported an error.'));
        return fail(error as Error);
      }
      if (event.event === 'error') return fail(errorFromEvent(event, payload, 'The server reported an error.'));
      if (!payload || typeof payload !== 'object') return;
      const chunk = payload as OpenAIChunk;
      if (chunk.error !== undefined && chunk.error !== null) {
        return fail(errorFromEvent(event, payload, 'The server reported an error.'));
      }
      const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
      if (!choice) return;
      const delta = choice.delta;
      if (reasoning && delta) {
        // One field per chunk: some gateways fill both with the same text.
        const text = typeof delta.reasoning_content === 'string' && delta.reasoning_content ? delta.reasoning_content : delta.reasoning;
        think.reasoning(text);
      }
      think.content(delta?.content);
      if (typeof choice.finish_reason === 'string' && choice.finish_reason) {
        sawEnd = true;
        think.close();
      }
    },
    onEnd: () => {
      // Closed on a normal end and before a cut-off error alike.
      think.close();
      return options.requireEnd === false || sawEnd
        ? undefined
        : new ProChatError('The reply was cut off: the stream ended before the model finished.', {
            code: 'incomplete_stream',
          });
    },
  });
}
