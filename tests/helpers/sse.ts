import fixtures from '../fixtures/sse/real-captures.json';

import { openAIStream, qwenStream } from '../../src';

export interface SSECase {
  name: string;
  provider: 'openai' | 'qwen' | 'qwen-incremental';
  status?: number;
  headers?: Record<string, string>;
  chunks?: string[];
  byteChunks?: number[][];
  end?: 'error';
  expected: { text: string; error?: boolean; also_acceptable?: Array<{ text: string; error?: boolean }> };
}

export const realCaptures = fixtures as SSECase[];

const encoder = new TextEncoder();

export function caseBytes(c: SSECase): Uint8Array[] {
  return c.byteChunks ? c.byteChunks.map((b) => new Uint8Array(b)) : c.chunks!.map((s) => encoder.encode(s));
}

export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** A body that hands out one chunk per pull after a macrotask, as the fixture README says. */
export function chunkedBody(chunks: Uint8Array[], end?: 'error', delay = true): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (delay) await new Promise((r) => setTimeout(r, 0));
      if (i < chunks.length) {
        controller.enqueue(chunks[i]);
        i += 1;
      } else if (end === 'error') controller.error(new TypeError('network error'));
      else controller.close();
    },
  });
}

export function sseResponse(
  chunks: Uint8Array[] | string[],
  init: { status?: number; headers?: Record<string, string>; end?: 'error'; delay?: boolean } = {},
): Response {
  const bytes = chunks.map((c) => (typeof c === 'string' ? encoder.encode(c) : c));
  return new Response(chunkedBody(bytes, init.end, init.delay ?? true), {
    status: init.status ?? 200,
    headers: init.headers ?? { 'content-type': 'text/event-stream' },
  });
}

export function adapterFor(provider: SSECase['provider']) {
  if (provider === 'openai') return (r: Response) => openAIStream(r);
  if (provider === 'qwen') return (r: Response) => qwenStream(r);
  return (r: Response) => qwenStream(r, { incremental: true });
}

export interface Outcome {
  text: string;
  error?: Error;
}

/** Reads an adapter's output to the end; text read before an error counts. */
export async function readOutcome(stream: ReadableStream<Uint8Array>): Promise<Outcome> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
    return { text };
  } catch (error) {
    return { text, error: error as Error };
  }
}

export async function runAdapter(
  provider: SSECase['provider'],
  chunks: Uint8Array[] | string[],
  init: Parameters<typeof sseResponse>[1] = {},
): Promise<Outcome> {
  try {
    return await readOutcome(adapterFor(provider)(sseResponse(chunks, init)));
  } catch (error) {
    return { text: '', error: error as Error };
  }
}

/** True when the outcome matches the expected result or one of its acceptable alternatives. */
export function matchesExpected(c: SSECase, outcome: Outcome): boolean {
  const options = [c.expected, ...(c.expected.also_acceptable ?? [])];
  return options.some((o) => o.text === outcome.text && !!o.error === !!outcome.error);
}
