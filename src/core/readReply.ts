import { errorFromHtmlPage, errorFromResponse, isHtmlPage, ProChatError } from './errors';
import { isChatStreamPart, type ChatStreamPart } from './parts';
import { classifyResult, type ChatRequestResult } from './request';
import { stopCancels } from './stopPolicy';
import { isUIMessageStream, uiMessageStreamParts } from './uiMessageStream';

/** What a reply's stream yields: text, or a part event. */
export type ReplyChunk = string | ChatStreamPart;

function unexpected(what: string, value: unknown): ProChatError {
  const got =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : typeof value === 'object'
          ? 'an object without a string "type"'
          : `a ${typeof value}`;
  return new ProChatError(`The reply ${what} ${got}; expected text (strings or bytes) or part events such as {"type":"text-delta",…}.`, {
    code: 'invalid_chunk',
  });
}

function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (reason && typeof reason === 'object' && (reason as { name?: unknown }).name === 'AbortError') return reason;
  return new DOMException('The reply was stopped.', 'AbortError');
}

/** Resolves `promise`, or rejects with an AbortError as soon as `signal` aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Reads a stream into text and parts. `cancel`: Stop (and leaving early) cancels the stream;
 * otherwise the stream is let go, its pending read abandoned (see stopPolicy.ts).
 */
async function* readStream(
  stream: ReadableStream<unknown>,
  signal: AbortSignal,
  cancel: boolean,
): AsyncGenerator<ReplyChunk, void, undefined> {
  const reader = stream.getReader();
  // One decoder for the whole body, in streaming mode, so a character split across chunks
  // comes out whole.
  const decoder = new TextDecoder();
  // Cancelling settles a pending read; a stream that is only let go needs its reads raced instead.
  const onAbort = () => {
    reader.cancel(abortError(signal)).catch(() => undefined);
  };
  if (cancel) signal.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    while (true) {
      if (signal.aborted) throw abortError(signal);
      const { done, value } = cancel ? await reader.read() : await raceAbort(reader.read(), signal);
      if (signal.aborted) throw abortError(signal);
      if (done) break;
      if (value === undefined) continue;
      if (typeof value === 'string') {
        if (value) yield value;
      } else if (ArrayBuffer.isView(value)) {
        const text = decoder.decode(value, { stream: true });
        if (text) yield text;
      } else if (isChatStreamPart(value)) {
        yield value;
      } else {
        throw unexpected('stream sent', value);
      }
    }
    const tail = decoder.decode();
    if (tail) yield tail;
    finished = true;
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Leaving early (abort, a consumer that stops, an error) releases the body: cancelled, or let go.
    if (!finished && cancel) await reader.cancel().catch(() => undefined);
    try {
      reader.releaseLock();
    } catch {
      // Older engines refuse while a read is pending: the stream stays locked, and is dropped.
    }
  }
}

async function* readIterable(iterable: AsyncIterable<unknown>, signal: AbortSignal): AsyncGenerator<ReplyChunk, void, undefined> {
  const iterator = iterable[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (true) {
      const result = await raceAbort(iterator.next(), signal);
      if (result.done) break;
      const value: unknown = result.value;
      if (typeof value === 'string') {
        if (value) yield value;
      } else if (isChatStreamPart(value)) {
        yield value;
      } else {
        throw unexpected('stream yielded', value);
      }
    }
    finished = true;
  } finally {
    // An async generator's return() waits for its pending next(); after Stop, do not wait.
    if (!finished) Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

function release(value: unknown): void {
  const result = classifyResult(value);
  const body = result.kind === 'response' ? result.value.body : null;
  if (body && stopCancels(body, result.kind === 'response' ? result.value : undefined)) body.cancel().catch(() => undefined);
  else if (result.kind === 'stream' && stopCancels(result.value)) result.value.cancel().catch(() => undefined);
  else if (result.kind === 'iterable') {
    const iterator = result.value[Symbol.asyncIterator]();
    Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

/**
 * Turns anything `request` may return into one async sequence of text and part events: a
 * `Response` with the AI SDK's UI message stream header is read as parts, any other as text;
 * streams and iterables may carry either. Aborting `signal` cancels the underlying reader
 * (releasing the body) and ends the sequence with an AbortError.
 */
export async function* readReply(
  result: ChatRequestResult | Promise<ChatRequestResult>,
  signal: AbortSignal,
): AsyncGenerator<ReplyChunk, void, undefined> {
  const pending = Promise.resolve(result);
  let value: unknown;
  try {
    value = await raceAbort(pending, signal);
  } catch (error) {
    // Stopped before request() settled: whatever it resolves to later must still be released.
    if (signal.aborted) pending.then(release, () => undefined);
    throw error;
  }
  const reply = classifyResult(value);
  switch (reply.kind) {
    case 'text':
      if (reply.value) yield reply.value;
      return;
    case 'response': {
      const response = reply.value;
      if (!response.ok) throw await raceAbort(errorFromResponse(response), signal);
      if (isHtmlPage(response)) throw await raceAbort(errorFromHtmlPage(response), signal);
      if (!response.body) {
        const text = await raceAbort(response.text(), signal);
        if (text) yield text;
        return;
      }
      const cancel = stopCancels(response.body, response);
      // The parts reader over an app's body would cancel that body: it follows the body's rule.
      yield* readStream(isUIMessageStream(response) ? uiMessageStreamParts(response.body) : response.body, signal, cancel);
      return;
    }
    case 'stream':
      yield* readStream(reply.value, signal, stopCancels(reply.value));
      return;
    case 'iterable':
      yield* readIterable(reply.value, signal);
      return;
    case 'nothing':
      throw new ProChatError('request() returned nothing; return a Response, a stream, an async iterable or a string.', {
        code: 'invalid_response',
      });
    default:
      throw new ProChatError(`request() returned an unsupported ${typeof value}.`, { code: 'invalid_response' });
  }
}

/**
 * Turns anything `request` may return into one async sequence of text deltas: the text of a
 * stream of part events too (its `text-delta`s). An `error` event ends it with that error.
 */
export async function* readTextDeltas(
  result: ChatRequestResult | Promise<ChatRequestResult>,
  signal: AbortSignal,
): AsyncGenerator<string, void, undefined> {
  for await (const chunk of readReply(result, signal)) {
    if (typeof chunk === 'string') yield chunk;
    else if (chunk.type === 'text-delta') yield chunk.delta;
    else if (chunk.type === 'error') throw new ProChatError(chunk.errorText, { code: 'stream_error' });
  }
}
