import { messageFromPayload, ProChatError } from '../core/errors';
import { createThinkingWrapper } from './openAIStream';
import { sseHandlerStream, type SSEEvent, type SSEEventSink } from './sseTextStream';
import { qwenContentText } from './qwenContentText';

export interface QwenStreamOptions {
  /**
   * Match the request's `incremental_output`: true when each event's text is only the new part.
   * Default false: DashScope's default, where each event carries the whole text so far and only
   * the new suffix is emitted.
   */
  incremental?: boolean;
  /**
   * Show the model's reasoning (QwQ, Qwen3 thinking, DeepSeek-R1 on DashScope): with
   * `result_format: "message"`, `output.choices[0].message.reasoning_content` streams first,
   * inside `<think>` … `</think>\n\n`, then the answer (`content`). Read in the same mode as the
   * content: the new suffix of each event's whole text, or each delta with `incremental`. The
   * block opens at the first non-empty reasoning text and closes at the first non-empty answer
   * text (in an event carrying both, the reasoning comes first), or when the reply ends while
   * still thinking: a `finish_reason`, the end of the body, or an error reported by DashScope
   * (closed before the error, so the text so far is well-formed). Reasoning that arrives after
   * the answer has started is dropped: there is only ever one think block, at the start.
   * Default false: `reasoning_content` adds nothing.
   */
  reasoning?: boolean;
}

interface QwenPayload {
  code?: unknown;
  message?: unknown;
  output?: {
    text?: unknown;
    finish_reason?: unknown;
    choices?: Array<{ message?: { content?: unknown; reasoning_content?: unknown }; finish_reason?: unknown }>;
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
  let previousReasoning = '';
  let status: number | undefined;
  let finished = false;
  // The sink is the same object for every event of the stream; kept to close the think block
  // when the body ends.
  let current: SSEEventSink | undefined;
  const think = createThinkingWrapper((text) => current?.emit(text));
  /** The new part of `text`: all of it in incremental mode, else the suffix after `before`. */
  const newPart = (text: unknown, before: string): string | undefined => {
    if (typeof text !== 'string' || !text) return undefined;
    if (options.incremental) return text;
    // Full-text mode: a repeated, shorter or unchanged text adds nothing.
    return text.length > before.length && text.startsWith(before) ? text.slice(before.length) : undefined;
  };

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
      current = sink;
      const failWith = (error: Error) => {
        think.close();
        sink.fail(error);
      };
      // Blank data (keep-alives some servers send as `data:` lines) carries nothing.
      if (event.event !== 'error' && !/\S/.test(event.data)) return;
      let payload: unknown;
      try {
        payload = JSON.parse(event.data);
      } catch {
        if (event.event === 'error') return failWith(fail(event, event.data));
        const sample = event.data.length > 80 ? `${event.data.slice(0, 80)}…` : event.data;
        return failWith(new ProChatError(`The server sent an event that is not valid JSON: ${sample}`, { code: 'malformed_event' }));
      }
      const data = (payload ?? {}) as QwenPayload;
      if (event.event === 'error' || (data.code !== undefined && data.code !== '' && !data.output)) {
        return failWith(fail(event, payload));
      }
      const output = data.output;
      if (!output) return;
      const choice = Array.isArray(output.choices) ? output.choices[0] : undefined;
      if (options.reasoning) {
        const reasoningText = choice?.message?.reasoning_content;
        const part = newPart(reasoningText, previousReasoning);
        if (part) {
          think.reasoning(part);
          previousReasoning = reasoningText as string;
        }
      }
      const text = typeof output.text === 'string' ? output.text : qwenContentText(choice?.message?.content);
      const part = newPart(text, previous);
      if (part) {
        think.content(part);
        previous = text as string;
      }
      if (isFinish(output.finish_reason) || isFinish(choice?.finish_reason)) {
        finished = true;
        think.close();
      }
    },
    onEnd: () => {
      // Closed on a normal end and before a cut-off error alike.
      think.close();
      return finished
        ? undefined
        : new ProChatError('The reply was cut off: the stream ended before the model finished.', {
            code: 'incomplete_stream',
          });
    },
  });
}
