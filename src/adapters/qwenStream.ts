import { messageFromPayload, ProChatError } from '../core/errors';
import { sseHandlerStream, type SSEEvent } from './sseTextStream';

export interface QwenStreamOptions {
  /**
   * Match the request's `incremental_output`: true when each event's text is only the new part.
   * Default false: DashScope's default, where each event carries the whole text so far and only
   * the new suffix is emitted.
   */
  incremental?: boolean;
}

interface QwenPayload {
  code?: unknown;
  message?: unknown;
  output?: {
    text?: unknown;
    finish_reason?: unknown;
    choices?: Array<{ message?: { content?: unknown }; finish_reason?: unknown }>;
  };
}

const isFinish = (value: unknown) => typeof value === 'string' && value !== '' && value !== 'null';

/**
 * DashScope native (Qwen) SSE → plain text. Reads `output.text` (and the `result_format:
 * "message"` form, `output.choices[0].message.content`). `event:error`, a payload with `code`
 * and no `output`, or a non-2xx status is an error with DashScope's code and message. A stream
 * that ends before any `finish_reason` is reported as cut off.
 * For DashScope's OpenAI-compatible mode use `openAIStream`.
 */
export function qwenStream(response: Response, options: QwenStreamOptions = {}): ReadableStream<Uint8Array> {
  let previous = '';
  let status: number | undefined;
  let finished = false;

  const fail = (event: SSEEvent, payload: unknown) => {
    const found = messageFromPayload(payload);
    const fallback = typeof payload === 'string' && payload ? payload : 'DashScope reported an error.';
    return new ProChatError(found.message ?? fallback, { status, code: found.code, cause: event.data });
  };

  return sseHandlerStream(response, {
    onComment: (comment) => {
      // DashScope reports the HTTP status of an in-stream error as a comment: `:HTTP_STATUS/400`.
      const match = /^HTTP_STATUS\/(\d{3})/.exec(comment.trim());
      if (match) status = Number(match[1]);
    },
    onEvent: (event, sink) => {
      let payload: unknown;
      try {
        payload = JSON.parse(event.data);
      } catch {
        if (event.event === 'error') return sink.fail(fail(event, event.data));
        const sample = event.data.length > 80 ? `${event.data.slice(0, 80)}…` : event.data;
        return sink.fail(
          new ProChatError(`The server sent an event that is not valid JSON: ${sample}`, { code: 'malformed_event' }),
        );
      }
      const data = (payload ?? {}) as QwenPayload;
      if (event.event === 'error' || (data.code !== undefined && data.code !== '' && !data.output)) {
        return sink.fail(fail(event, payload));
      }
      const output = data.output;
      if (!output) return;
      const choice = Array.isArray(output.choices) ? output.choices[0] : undefined;
      const text = typeof output.text === 'string' ? output.text : choice?.message?.content;
      if (typeof text === 'string' && text) {
        if (options.incremental) {
          sink.emit(text);
        } else if (text.length > previous.length && text.startsWith(previous)) {
          sink.emit(text.slice(previous.length));
          previous = text;
        }
        // Full-text mode: a repeated, shorter or unchanged text adds nothing.
      }
      if (isFinish(output.finish_reason) || isFinish(choice?.finish_reason)) finished = true;
    },
    onEnd: () =>
      finished
        ? undefined
        : new ProChatError('The reply was cut off: the stream ended before the model finished.', {
            code: 'incomplete_stream',
          }),
  });
}
