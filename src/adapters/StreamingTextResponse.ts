const encoder = new TextEncoder();

function toByteStream(source: ReadableStream<Uint8Array | string> | AsyncIterable<string>): ReadableStream<Uint8Array> {
  if (typeof (source as ReadableStream).getReader === 'function') {
    return (source as ReadableStream<Uint8Array | string>).pipeThrough(
      new TransformStream<Uint8Array | string, Uint8Array>({
        transform(chunk, controller) {
          controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
        },
      }),
    );
  }
  const iterator = (source as AsyncIterable<string>)[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // An empty string adds nothing; keep reading so the stream never stalls on one.
      while (true) {
        const { done, value } = await iterator.next();
        if (done) return controller.close();
        if (value) return controller.enqueue(encoder.encode(value));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * A `Response` that streams plain UTF-8 text, for server routes (Next.js route handlers, Hono,
 * Workers…) that call a model server-side and stream the answer to ProChat:
 * `return new StreamingTextResponse(openAIStream(await fetch(...)))`.
 */
export class StreamingTextResponse extends Response {
  constructor(body: ReadableStream<Uint8Array | string> | AsyncIterable<string>, init: ResponseInit = {}) {
    const headers = new Headers(init.headers);
    headers.set('content-type', 'text/plain; charset=utf-8');
    if (!headers.has('cache-control')) headers.set('cache-control', 'no-cache, no-transform');
    super(toByteStream(body), { ...init, status: init.status ?? 200, headers });
  }
}
