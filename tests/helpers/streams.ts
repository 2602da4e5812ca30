/** A stream the test feeds by hand, to observe what the UI shows between chunks. */
export interface ManualStream<T> {
  stream: ReadableStream<T>;
  push: (chunk: T) => void;
  close: () => void;
  error: (reason: unknown) => void;
  /** Set when the consumer cancelled the stream (abort, unmount). */
  readonly cancelled: boolean;
  readonly cancelReason: unknown;
}

export function manualStream<T = Uint8Array>(): ManualStream<T> {
  let controller!: ReadableStreamDefaultController<T>;
  let cancelled = false;
  let cancelReason: unknown;
  const stream = new ReadableStream<T>({
    start(c) {
      controller = c;
    },
    cancel(reason) {
      cancelled = true;
      cancelReason = reason;
    },
  });
  return {
    stream,
    push: (chunk) => controller.enqueue(chunk),
    close: () => controller.close(),
    error: (reason) => controller.error(reason),
    get cancelled() {
      return cancelled;
    },
    get cancelReason() {
      return cancelReason;
    },
  };
}

/** An async iterable of strings the test feeds by hand. */
export function manualIterable() {
  const queue: string[] = [];
  let waiting: ((result: IteratorResult<string>) => void) | null = null;
  let done = false;
  let returned = false;
  const iterable: AsyncIterable<string> = {
    [Symbol.asyncIterator]: () => ({
      next: () =>
        new Promise<IteratorResult<string>>((resolve) => {
          const value = queue.shift();
          if (value !== undefined) resolve({ value, done: false });
          else if (done) resolve({ value: undefined, done: true });
          else waiting = resolve;
        }),
      return: async () => {
        returned = true;
        return { value: undefined, done: true } as IteratorResult<string>;
      },
    }),
  };
  return {
    iterable,
    push(value: string) {
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
      } else queue.push(value);
    },
    close() {
      done = true;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: undefined, done: true });
      }
    },
    get returned() {
      return returned;
    },
  };
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A frame scheduler the test advances by hand. */
export function manualFrames() {
  let pending: Array<() => void> = [];
  return {
    schedule: (callback: () => void) => {
      pending.push(callback);
      return () => {
        pending = pending.filter((c) => c !== callback);
      };
    },
    tick() {
      const run = pending;
      pending = [];
      run.forEach((c) => c());
    },
    get pending() {
      return pending.length;
    },
  };
}

/** Resolves after pending promise callbacks (and the reads they trigger) have run. */
export async function flushMicrotasks(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
}

/** A Response as fetch gives it: with the URL it came from (Stop cancels such a body). */
export function fetchedResponse(body: BodyInit | null, init?: ResponseInit, url = 'https://api.example.com/v1/chat'): Response {
  const response = new Response(body, init);
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
