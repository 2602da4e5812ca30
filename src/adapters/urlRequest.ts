import type { ChatRequest } from '../core/request';
import { isUIMessageStream } from '../core/uiMessageStream';
import { openAIStream } from './openAIStream';
import { toOpenAIMessages } from './toOpenAIMessages';

export interface UrlRequestOptions {
  /** Extra headers, e.g. an authorization header for your own backend. */
  headers?: Record<string, string>;
  /** Defaults to the global `fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

/**
 * The `request` ProChat uses when given a URL string: POSTs JSON
 * `{ messages, model, stream: true, ...params }` (the messages as `toOpenAIMessages` writes them:
 * `{ role, content }`, and a reply's tool calls with their results) and streams the answer. A
 * `text/event-stream` answer is read as OpenAI chat-completions SSE, unless it carries the AI SDK's
 * UI message stream header (then it is read as parts: an AI SDK route, or one that forwards a
 * reader's parts with `toUIMessageStreamResponse`); anything else as plain text. A non-2xx answer
 * becomes an error with the server's message.
 */
export function urlRequest(url: string, options: UrlRequestOptions = {}): ChatRequest {
  return async (messages, payload, signal) => {
    const body = {
      ...payload,
      messages: toOpenAIMessages(messages),
    };
    const send = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
    const response = await send(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream, text/plain', ...options.headers },
      body: JSON.stringify(body),
      signal,
    });
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && type.includes('text/event-stream') && !isUIMessageStream(response)) return new Response(openAIStream(response));
    return response;
  };
}
