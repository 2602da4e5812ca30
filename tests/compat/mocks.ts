/**
 * Test doubles written the way pro-chat's docs mock a model (src/ProChat/mocks/streamResponse.ts):
 * a Response whose body streams text. Nothing here imports the library.
 */
import { screen } from '@testing-library/react';

const encoder = new TextEncoder();

/** Streams `data` one character per `delay` ms, like pro-chat's demo MockResponse. */
export class MockResponse {
  private readonly stream: ReadableStream<Uint8Array>;

  constructor(
    private data: string,
    private readonly delay = 1,
  ) {
    this.stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        const push = () => {
          if (!this.data.length) {
            controller.close();
            return;
          }
          controller.enqueue(encoder.encode(this.data.slice(0, 1)));
          this.data = this.data.slice(1);
          setTimeout(push, this.delay);
        };
        setTimeout(push, this.delay);
      },
    });
  }

  getResponse(): Promise<Response> {
    return Promise.resolve(new Response(this.stream));
  }
}

/** A Response whose body the test feeds by hand. */
export function manualResponse() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
    },
  });
  return {
    response: new Response(stream),
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
    get cancelled() {
      return cancelled;
    },
  };
}

/** The message list. */
export const log = () => screen.getByRole('log');
/** Message rows in order, optionally of one role. */
export const rows = (role?: string) => [...log().querySelectorAll<HTMLElement>(role ? `[data-role="${role}"]` : '[data-role]')];
/** The text a message row shows. */
export const textOf = (row: HTMLElement | undefined) => row?.querySelector('[data-part="content"]')?.textContent ?? '';
