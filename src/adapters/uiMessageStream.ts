import { errorFromResponse, ProChatError } from '../core/errors';
import { madeHere } from '../core/stopPolicy';
import type { ChatStreamPart } from '../core/parts';
import { UI_MESSAGE_STREAM_HEADER, uiMessageStreamParts } from '../core/uiMessageStream';

/**
 * The part events of an AI SDK UI message stream response (`toUIMessageStreamResponse()` on an AI
 * SDK server). `request` may return such a Response as is, it is recognised by its header; this is
 * the explicit form, for a proxy that dropped the header. A non-2xx response fails with the
 * server's message.
 */
export function fromUIMessageStream(response: Response): ReadableStream<ChatStreamPart> {
  if (!response || typeof response.status !== 'number') {
    throw new ProChatError(`fromUIMessageStream() needs a fetch Response; it got ${response === null ? 'null' : typeof response}.`, {
      code: 'invalid_response',
    });
  }
  if (!response.ok) {
    return madeHere(
      new ReadableStream({
        async start(controller) {
          controller.error(await errorFromResponse(response));
        },
      }),
    );
  }
  if (!response.body) return madeHere(new ReadableStream({ start: (controller) => controller.close() }));
  return uiMessageStreamParts(response.body);
}

const encoder = new TextEncoder();

/**
 * A part event as the AI SDK's client accepts it (its schema is strict): usage moves into
 * `messageMetadata`, a file's name is dropped.
 */
function forTheWire(part: ChatStreamPart): ChatStreamPart {
  if (part.type === 'finish' && part.usage) {
    const { usage, ...rest } = part;
    const metadata = part.messageMetadata && typeof part.messageMetadata === 'object' ? part.messageMetadata : {};
    return { ...rest, messageMetadata: { ...metadata, usage } };
  }
  if (part.type === 'file' && part.filename !== undefined) {
    const { filename: _dropped, ...rest } = part;
    return rest;
  }
  return part;
}

/**
 * For servers: a `Response` carrying part events as an AI SDK UI message stream (server-sent
 * events, one JSON part each, then `[DONE]`), so a route handler can call a provider, turn its
 * stream into parts with a reader and forward them; ProChat, and the AI SDK's `useChat`, read it.
 */
export function toUIMessageStreamResponse(
  parts: ReadableStream<ChatStreamPart> | AsyncIterable<ChatStreamPart>,
  init: ResponseInit = {},
): Response {
  const iterator =
    typeof (parts as ReadableStream).getReader === 'function' ? null : (parts as AsyncIterable<ChatStreamPart>)[Symbol.asyncIterator]();
  const reader = iterator ? null : (parts as ReadableStream<ChatStreamPart>).getReader();
  let finished = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (finished) return;
      let next: IteratorResult<ChatStreamPart> | ReadableStreamReadResult<ChatStreamPart>;
      try {
        next = iterator ? await iterator.next() : await reader!.read();
      } catch (error) {
        // A provider that fails mid-stream: the client sees the error as a part, after what came before.
        const errorText = error instanceof Error ? error.message : String(error);
        controller.enqueue(encoder.encode(`data: ${JSON.stringify({ type: 'error', errorText })}\n\n`));
        finished = true;
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
        controller.close();
        return;
      }
      if (next.done) {
        finished = true;
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(`data: ${JSON.stringify(forTheWire(next.value))}\n\n`));
    },
    async cancel(reason) {
      if (iterator) await iterator.return?.();
      else await reader!.cancel(reason);
    },
  });
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'text/event-stream; charset=utf-8');
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-cache');
  headers.set('x-accel-buffering', 'no');
  headers.set(UI_MESSAGE_STREAM_HEADER, 'v1');
  return new Response(body, { ...init, headers });
}
