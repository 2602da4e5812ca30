import type { ChatMessage } from './message';

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

export interface ChatRequestOptions {
  /** Aborted when the user presses Stop, sends over a running reply, or the chat unmounts. */
  signal: AbortSignal;
}

/**
 * The one function an app supplies: given the conversation so far (the new user message last),
 * produce the assistant's reply.
 */
export type ChatRequest = (
  messages: ChatMessage[],
  options: ChatRequestOptions,
) => ChatRequestResult | Promise<ChatRequestResult>;
