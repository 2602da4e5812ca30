import { messageFromPayload, ProChatError } from '../core/errors';
import { createOpenAIChunkScanner } from './openAIChunk';
import { sseHandlerStream, type SSEEvent } from './sseTextStream';

export interface OpenAIStreamOptions {
  /**
   * Report a stream that ends with neither `[DONE]` nor a `finish_reason` as an error (the reply
   * was cut short, e.g. by a proxy timeout). Default true; set false for servers that send neither.
   */
  requireEnd?: boolean;
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
  choices?: Array<{ delta?: { content?: unknown }; finish_reason?: unknown }>;
}

/**
 * OpenAI chat-completions SSE (and every OpenAI-compatible server) → plain text.
 * Text is `choices[0].delta.content` when it is a string; usage and filter chunks add nothing;
 * `data: [DONE]` ends the stream; an `error` payload or `event: error` fails it after the text
 * before it; a non-2xx response is an error with the server's message.
 */
export function openAIStream(response: Response, options: OpenAIStreamOptions = {}): ReadableStream<Uint8Array> {
  let sawEnd = false;
  const scan = createOpenAIChunkScanner();
  return sseHandlerStream(response, {
    onEvent: (event, sink) => {
      const data = event.data.length <= 64 ? event.data.trim() : event.data;
      if (data === '[DONE]') return sink.done();
      if (event.event !== 'error') {
        const fields = scan(event.data);
        if (fields) {
          if (fields.content) sink.emit(fields.content);
          if (fields.finished) sawEnd = true;
          return;
        }
      }
      // Errors, unusual shapes and malformed data take the JSON.parse path.
      let payload: unknown;
      try {
        payload = parseJSON(event);
      } catch (error) {
        // An error event may carry plain text rather than JSON.
        if (event.event === 'error') return sink.fail(errorFromEvent(event, data, 'The server reported an error.'));
        return sink.fail(error as Error);
      }
      if (event.event === 'error') return sink.fail(errorFromEvent(event, payload, 'The server reported an error.'));
      if (!payload || typeof payload !== 'object') return;
      const chunk = payload as OpenAIChunk;
      if (chunk.error !== undefined && chunk.error !== null) {
        return sink.fail(errorFromEvent(event, payload, 'The server reported an error.'));
      }
      const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
      if (!choice) return;
      const content = choice.delta?.content;
      if (typeof content === 'string') sink.emit(content);
      if (typeof choice.finish_reason === 'string' && choice.finish_reason) sawEnd = true;
    },
    onEnd: () =>
      options.requireEnd === false || sawEnd
        ? undefined
        : new ProChatError('The reply was cut off: the stream ended before the model finished.', {
            code: 'incomplete_stream',
          }),
  });
}
