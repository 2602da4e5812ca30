import type { RequestMessage, StoredChatMessage } from './message';
import type { ModelPayload } from './modelConfig';
import type { ChatStreamPart } from './parts';

/**
 * What `request` may return: a `Response` whose body is text (non-2xx becomes an error with the
 * server's message; an AI SDK UI message stream is read as parts), a `ReadableStream` of bytes,
 * strings or part events, an async iterable of text deltas or part events, or the whole reply as
 * a string. A Promise of any of these is fine too.
 */
export type ChatRequestResult =
  Response | ReadableStream<Uint8Array | string | ChatStreamPart> | AsyncIterable<string | ChatStreamPart> | string;

/**
 * A reply with fields to set on the assistant message (e.g. `model`, `extra`), as
 * @ant-design/pro-chat allowed: `{ content: response, model: 'gpt-4o' }`.
 */
export type ChatReplyWithFields = { content: ChatRequestResult } & Partial<Omit<StoredChatMessage, 'id' | 'content' | 'status' | 'role'>>;

/**
 * The second argument of `request`: the abort signal, and the model payload built from `config`
 * (`model`, `stream`, sampling parameters, `messages`), as @ant-design/pro-chat passed it.
 * `signal` is not enumerable, so `JSON.stringify(options)` or `{ ...options }` gives exactly the
 * payload.
 */
export interface ChatRequestOptions extends ModelPayload {
  /** Aborted when the user presses Stop, sends over a running reply, or the chat unmounts. */
  signal: AbortSignal;
}

/**
 * The one function an app supplies: given the conversation so far (the new user message last),
 * produce the assistant's reply. Both calling styles work: `(messages, { signal })`, and
 * pro-chat's `(messages, payload, signal)`.
 */
export type ChatRequest = (
  messages: RequestMessage[],
  options: ChatRequestOptions,
  signal: AbortSignal,
) => ChatRequestResult | ChatReplyWithFields | Promise<ChatRequestResult | ChatReplyWithFields>;

/** What a value returned by `request` (or pushed as a stream) is, told apart once, here. */
export type ClassifiedResult =
  | { kind: 'text'; value: string }
  | { kind: 'response'; value: Response }
  | { kind: 'stream'; value: ReadableStream<Uint8Array | string | ChatStreamPart> }
  | { kind: 'iterable'; value: AsyncIterable<unknown> }
  | { kind: 'promise'; value: PromiseLike<unknown> }
  | { kind: 'fields'; value: ChatReplyWithFields }
  | { kind: 'nothing'; value: null | undefined }
  | { kind: 'unsupported'; value: unknown };

function isResponse(value: object): value is Response {
  if (typeof Response !== 'undefined' && value instanceof Response) return true;
  // Responses from another realm (polyfills, test environments) are recognised by shape.
  const candidate = value as Response;
  return (
    typeof candidate.status === 'number' && typeof candidate.ok === 'boolean' && 'body' in value && typeof candidate.text === 'function'
  );
}

/**
 * Tells what `value` is: a string, a `Response`, a `ReadableStream`, an async iterable, a Promise
 * (any thenable), a `{ content, ...fields }` reply, nothing, or something unsupported.
 */
export function classifyResult(value: unknown): ClassifiedResult {
  if (typeof value === 'string') return { kind: 'text', value };
  if (value === undefined || value === null) return { kind: 'nothing', value };
  if (typeof value !== 'object' && typeof value !== 'function') return { kind: 'unsupported', value };
  if (isResponse(value)) return { kind: 'response', value };
  if (typeof (value as ReadableStream).getReader === 'function')
    return { kind: 'stream', value: value as ReadableStream<Uint8Array | string | ChatStreamPart> };
  if (typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function')
    return { kind: 'iterable', value: value as AsyncIterable<unknown> };
  if (typeof (value as PromiseLike<unknown>).then === 'function') return { kind: 'promise', value: value as PromiseLike<unknown> };
  if ('content' in value) return { kind: 'fields', value: value as ChatReplyWithFields };
  return { kind: 'unsupported', value };
}

/** Whether a request's result is a `ChatReplyWithFields` rather than the reply itself. */
export function isReplyWithFields(value: unknown): value is ChatReplyWithFields {
  return classifyResult(value).kind === 'fields';
}

/** Builds the second argument of `request`: the payload plus a non-enumerable `signal`. */
export function requestOptions(payload: ModelPayload, signal: AbortSignal): ChatRequestOptions {
  const options = { ...payload } as ChatRequestOptions;
  Object.defineProperty(options, 'signal', { value: signal, enumerable: false, writable: false, configurable: true });
  return options;
}
