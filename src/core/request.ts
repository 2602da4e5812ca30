import type { StoredChatMessage } from './message';
import type { ModelPayload } from './modelConfig';

/**
 * What `request` may return: a `Response` whose body is text (non-2xx becomes an error with the
 * server's message), a `ReadableStream` of bytes or strings, an async iterable of text deltas, or
 * the whole reply as a string. A Promise of any of these is fine too.
 */
export type ChatRequestResult =
  | Response
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<string>
  | string;

/**
 * A reply with fields to set on the assistant message (e.g. `model`, `extra`), as
 * @ant-design/pro-chat allowed: `{ content: response, model: 'gpt-4o' }`.
 */
export type ChatReplyWithFields = { content: ChatRequestResult } & Partial<
  Omit<StoredChatMessage, 'id' | 'content' | 'status' | 'role'>
>;

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
  messages: StoredChatMessage[],
  options: ChatRequestOptions,
  signal: AbortSignal,
) => ChatRequestResult | ChatReplyWithFields | Promise<ChatRequestResult | ChatReplyWithFields>;

/** Whether a request's result is a `ChatReplyWithFields` rather than the reply itself. */
export function isReplyWithFields(value: unknown): value is ChatReplyWithFields {
  if (!value || typeof value !== 'object' || !('content' in value)) return false;
  if (typeof Response !== 'undefined' && value instanceof Response) return false;
  if (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) return false;
  return !(Symbol.asyncIterator in value);
}

/** Builds the second argument of `request`: the payload plus a non-enumerable `signal`. */
export function requestOptions(payload: ModelPayload, signal: AbortSignal): ChatRequestOptions {
  const options = { ...payload } as ChatRequestOptions;
  Object.defineProperty(options, 'signal', { value: signal, enumerable: false, writable: false, configurable: true });
  return options;
}
