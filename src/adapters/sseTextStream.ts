import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { madeHere } from '../core/stopPolicy';

import { errorFromResponse, ProChatError, toProChatError } from '../core/errors';

/** One server-sent event: its `data` (data lines joined with LF), `event` name and `id`. */
export type SSEEvent = EventSourceMessage;

/** What an adapter does with each event: emit text, end the stream, or fail it. */
export interface SSEEventSink {
  emit: (text: string) => void;
  done: () => void;
  fail: (error: Error) => void;
}

export interface SSEHandler {
  onEvent: (event: SSEEvent, sink: SSEEventSink) => void;
  /** A comment line (`: text`), e.g. DashScope's `:HTTP_STATUS/400`. */
  onComment?: (comment: string) => void;
  /** The body ended without `done()`: return an error if that means the reply was cut short. */
  onEnd?: () => Error | undefined;
}

const encoder = new TextEncoder();
/** At most this many body chunks go into one output chunk. */
const MAX_READS_PER_PULL = 16;

/**
 * The engine under every adapter: reads an SSE body, parses it with eventsource-parser and
 * produces a `ReadableStream<Uint8Array>` of UTF-8 text. Text from events before an error or
 * before the end marker is delivered first; anything after the end marker is ignored; cancelling
 * the result cancels the body. Body chunks that have already arrived when text is ready go into
 * one output chunk; text is never held back waiting for the network.
 */
export function sseHandlerStream(response: Response, handler: SSEHandler): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  // The decoder strips one leading BOM and joins multi-byte characters split across chunks.
  const decoder = new TextDecoder();
  let pendingText = '';
  let finished = false;
  let failure: Error | undefined;
  let lastFedCR = false;
  // A read started to see whether the body had more, not consumed yet.
  let ahead: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;

  const sink: SSEEventSink = {
    emit: (text) => {
      if (!finished && !failure && text) pendingText += text;
    },
    done: () => {
      if (!failure) finished = true;
    },
    fail: (error) => {
      if (!finished && !failure) failure = error;
    },
  };
  const parser = createParser({
    onEvent: (event) => {
      if (!finished && !failure) handler.onEvent(event, sink);
    },
    onComment: handler.onComment,
  });
  const feed = (text: string) => {
    if (!text || finished || failure) return;
    try {
      parser.feed(text);
    } catch (error) {
      // A throwing pick/isDone/toError fails the stream, after the text parsed before it.
      failure = toProChatError(error);
    }
    lastFedCR = text.charCodeAt(text.length - 1) === 13;
  };

  const release = () => {
    const current = reader;
    reader = undefined;
    ahead = undefined;
    current?.cancel().catch(() => undefined);
  };

  return madeHere(
    new ReadableStream<Uint8Array>({
      async start() {
        if (!response.ok) {
          failure = await errorFromResponse(response);
          return;
        }
        if (!response.body) {
          failure = new ProChatError('The response has no body to stream.', { status: response.status, code: 'empty_body' });
          return;
        }
        reader = response.body.getReader();
      },

      async pull(controller) {
        let reads = 0;
        // Deliver what was decoded, then report a failure on the next pull: erroring the
        // controller right away would drop text still queued for the reader.
        while (true) {
          if (pendingText) {
            // Body chunks that have already arrived are parsed into the same output chunk (fewer
            // enqueues and reads downstream); one still on its way is not waited for.
            let more = false;
            if (reader && !finished && !failure && reads < MAX_READS_PER_PULL) {
              const next = (ahead ??= reader.read());
              // A failed read is left for the next pull, after this text.
              next.then(
                () => {
                  more = true;
                },
                () => undefined,
              );
              // A read that had already settled has run its callback before this continuation.
              await undefined;
            }
            if (!more) {
              controller.enqueue(encoder.encode(pendingText));
              pendingText = '';
              return;
            }
          }
          if (failure) {
            release();
            controller.error(failure);
            return;
          }
          if (finished) {
            release();
            controller.close();
            return;
          }
          if (!reader) {
            controller.close();
            return;
          }
          const next = ahead ?? reader.read();
          ahead = undefined;
          const { done, value } = await next;
          reads += 1;
          if (done) {
            reader = undefined;
            feed(decoder.decode());
            // A CR at the very end is a complete line ending; feeding LF makes it CRLF so the parser
            // sees it. An event not closed by a blank line is dropped, as the SSE rules say.
            if (lastFedCR) feed('\n');
            if (!finished && !failure) {
              let cut: Error | undefined;
              try {
                cut = handler.onEnd?.();
              } catch (error) {
                cut = toProChatError(error);
              }
              if (cut) failure = cut;
              else finished = true;
            }
            continue;
          }
          feed(decoder.decode(value, { stream: true }));
        }
      },

      cancel() {
        release();
      },
    }),
  );
}

export interface SSETextStreamOptions {
  /** The text an event carries, or nothing. */
  pick: (event: SSEEvent) => string | null | undefined | void;
  /** True for the event that ends the stream (e.g. `data: [DONE]`). Later events are ignored. */
  isDone?: (event: SSEEvent) => boolean;
  /**
   * An error for an event that reports one; the text before it is delivered first. It reaches the
   * reader as a ProChatError with the same message (and `code` / `status` if the error had them).
   */
  toError?: (event: SSEEvent) => Error | null | undefined | void;
}

/**
 * Generic SSE → plain text: parses the body of `response` (by the WHATWG event-stream rules) and
 * returns a byte stream of the picked text, so `new Response(sseTextStream(res, { pick }))` can be
 * returned from ProChat's `request`. A non-2xx response becomes an error with the server's message.
 */
export function sseTextStream(response: Response, options: SSETextStreamOptions): ReadableStream<Uint8Array> {
  return sseHandlerStream(response, {
    onEvent: (event, sink) => {
      const error = options.toError?.(event);
      // Whatever the caller builds is reported as the library's one error type.
      if (error) return sink.fail(toProChatError(error));
      if (options.isDone?.(event)) return sink.done();
      const text = options.pick(event);
      if (typeof text === 'string') sink.emit(text);
    },
  });
}
