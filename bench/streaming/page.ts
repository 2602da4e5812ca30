/**
 * The in-page half of the streaming benchmark, bundled into every app page (ours, the floor,
 * pro-chat 1.x, Ant Design X). It owns the mock model (an OpenAI SSE ReadableStream, paced or as
 * fast as it can push), the SSE-to-text parser used by libraries that take plain text, and the
 * measurements made inside the page (long tasks, frame gaps, last byte to final paint). The
 * runner (bench/streaming.bench.ts) drives it through `window.__bench` and adds CDP figures.
 */
import { QUESTION, makeAnswer, makeCodeAnswer, makeHistory, historySentinel, type Answer, type HistoryMessage } from './text';

export type { HistoryMessage };

/** What each app page does: render a chat with a history, and stream one reply into it. */
export interface BenchApp {
  mount(container: HTMLElement, history: HistoryMessage[]): void;
  /** Send `io.question` and show the reply read from `io` (each library the way its docs do). */
  send(io: ReplyIO): void;
}

export interface ReplyIO {
  question: string;
  /** The model server's HTTP response: OpenAI chat-completions SSE (tool-call deltas with `?answer=tool`). */
  sse(): Response;
  /** The same reply as plain UTF-8 text (SSE parsed in the page), for libraries that append bodies raw. */
  textBytes(): ReadableStream<Uint8Array>;
  /** The same reply as plain text strings, one per network read. */
  text(): ReadableStream<string>;
}

export interface StreamOptions {
  tokens: number;
  mode: 'paced' | 'fixed';
  /** Paced mode: tokens per second. */
  rate: number;
  /** Paced mode: network read interval (ms); each read carries the tokens due by then. */
  tickMs: number;
  /** Fixed mode: tokens per read, one read per macrotask. */
  chunkTokens: number;
  timeoutMs: number;
}

export interface StreamResult {
  tokens: number;
  chars: number;
  timedOut: boolean;
  /** ms from send to the final paint. */
  wallMs: number;
  /** ms from send to the source's last byte. */
  sourceMs: number;
  lastByteToPaintMs: number;
  longTasks: number;
  longTaskMs: number;
  maxLongTaskMs: number;
  p95FrameGapMs: number;
  maxFrameGapMs: number;
  frames: number;
}

const encoder = new TextEncoder();

interface Encoded {
  answer: Answer;
  bytes: Uint8Array;
  /** ends[i]: byte offset just after token i's event. */
  ends: number[];
}

const cache = new Map<number, Encoded>();

function encodeAnswer(tokens: number): Encoded {
  const hit = cache.get(tokens);
  if (hit) return hit;
  // `?answer=code5` / `?answer=plain5`: the answer with five code blocks, or the same as paragraphs.
  const kind = new URLSearchParams(location.search).get('answer');
  const answer = kind === 'code5' || kind === 'plain5' ? makeCodeAnswer(tokens, kind === 'code5') : makeAnswer(tokens);
  // `?answer=tool`: the reply is one tool call whose JSON arguments ({"text": answer}) stream a
  // delta per token, as a model writing a long argument does.
  const asTool = kind === 'tool';
  const parts: Uint8Array[] = [];
  const ends: number[] = [];
  let size = 0;
  answer.tokens.forEach((token, index) => {
    let delta: string;
    if (asTool) {
      const piece = JSON.stringify(token).slice(1, -1);
      const args = (index === 0 ? '{"text":"' : '') + piece + (index === answer.tokens.length - 1 ? '"}' : '');
      const head =
        index === 0 ? '"id":"call_1","type":"function","function":{"name":"write_report","arguments"' : '"function":{"arguments"';
      delta = `{"tool_calls":[{"index":0,${head}:${JSON.stringify(args)}}}]}`;
    } else {
      delta = `{"content":${JSON.stringify(token)}}`;
    }
    const event = encoder.encode(`data: {"choices":[{"delta":${delta}}]}\n\n`);
    parts.push(event);
    size += event.length;
    ends.push(size);
  });
  const tail = encoder.encode(`data: {"choices":[{"delta":{},"finish_reason":"${asTool ? 'tool_calls' : 'stop'}"}]}\n\ndata: [DONE]\n\n`);
  parts.push(tail);
  size += tail.length;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  const encoded = { answer, bytes, ends };
  cache.set(tokens, encoded);
  return encoded;
}

/** A macrotask without timer clamping. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * The mock model's body. It pushes like a network does (whether or not the reader keeps up):
 * paced, every `tickMs` the events due at `rate`; fixed, `chunkTokens` events per macrotask.
 * Calls `onLastByte` when it enqueues the last byte.
 */
function sseBody(encoded: Encoded, options: StreamOptions, onLastByte: (t: number) => void): ReadableStream<Uint8Array> {
  const { bytes, ends } = encoded;
  const total = ends.length;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let sent = 0;
      const push = (upTo: number) => {
        const from = sent === 0 ? 0 : ends[sent - 1];
        const last = upTo >= total;
        const to = last ? bytes.length : ends[upTo - 1];
        if (to > from) controller.enqueue(bytes.slice(from, to));
        sent = upTo;
        if (last) {
          onLastByte(performance.now());
          controller.close();
        }
        return last;
      };
      if (options.mode === 'paced') {
        const t0 = performance.now();
        const tick = () => {
          const due = Math.min(total, Math.floor(((performance.now() - t0) * options.rate) / 1000));
          if (due > sent || due >= total) {
            if (push(due)) return;
          }
          setTimeout(tick, options.tickMs);
        };
        setTimeout(tick, options.tickMs);
      } else {
        void (async () => {
          while (!push(Math.min(total, sent + options.chunkTokens))) await macrotask();
        })();
      }
    },
  });
}

/** A plain SSE parser (what an app would write for a library that takes text): OpenAI SSE → text. */
export function sseToText(body: ReadableStream<Uint8Array>): ReadableStream<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  return body.pipeThrough(
    new TransformStream<Uint8Array, string>({
      transform(chunk, controller) {
        buffer += decoder.decode(chunk, { stream: true });
        let out = '';
        let at = 0;
        let end: number;
        while ((end = buffer.indexOf('\n\n', at)) >= 0) {
          const event = buffer.slice(at, end);
          at = end + 2;
          for (const line of event.split('\n')) {
            if (!line.startsWith('data:')) continue;
            const data = line.slice(5).trim();
            if (data === '[DONE]') continue;
            const content = JSON.parse(data)?.choices?.[0]?.delta?.content;
            if (typeof content === 'string') out += content;
          }
        }
        buffer = buffer.slice(at);
        if (out) controller.enqueue(out);
      },
    }),
  );
}

function textToBytes(text: ReadableStream<string>): ReadableStream<Uint8Array> {
  return text.pipeThrough(
    new TransformStream<string, Uint8Array>({
      transform(chunk, controller) {
        controller.enqueue(encoder.encode(chunk));
      },
    }),
  );
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Resolves with the time just after the frame in which `container` first shows `sentinel`
 * (checked in each animation frame, timed by a macrotask posted from that frame, i.e. after its
 * paint). `onFrame` sees every frame's timestamp. Rejects on timeout.
 */
function waitForText(
  container: HTMLElement,
  sentinel: string,
  checkFrom: Promise<unknown>,
  onFrame: (t: number) => void,
  timeoutMs: number,
): Promise<{ paint: number; timedOut: boolean }> {
  return new Promise((resolve) => {
    let checking = false;
    let done = false;
    void checkFrom.then(() => (checking = true));
    const timer = setTimeout(() => {
      done = true;
      resolve({ paint: performance.now(), timedOut: true });
    }, timeoutMs);
    const frame = (t: number) => {
      if (done) return;
      onFrame(t);
      if (checking && (container.textContent ?? '').includes(sentinel)) {
        done = true;
        clearTimeout(timer);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ paint: performance.now(), timedOut: false });
        channel.port2.postMessage(0);
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

declare global {
  interface Window {
    __bench?: {
      name: string;
      mount(history: number, timeoutMs: number): Promise<{ ms: number; timedOut: boolean }>;
      stream(options: StreamOptions): Promise<StreamResult>;
      prepare(tokens: number): number;
    };
  }
}

/** Exposes `window.__bench` for the runner. */
export function installBench(name: string, app: BenchApp): void {
  const container = document.getElementById('root') as HTMLElement;
  window.__bench = {
    name,
    prepare: (tokens) => encodeAnswer(tokens).answer.tokens.length,
    /** Renders the chat with `n` history messages; resolves with ms until the last one is painted. */
    async mount(n, timeoutMs) {
      const history = makeHistory(n);
      const start = performance.now();
      app.mount(container, history);
      if (n === 0) {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return { ms: performance.now() - start, timedOut: false };
      }
      const { paint, timedOut } = await waitForText(container, historySentinel(n), Promise.resolve(), () => {}, timeoutMs);
      return { ms: paint - start, timedOut };
    },
    async stream(options) {
      const encoded = encodeAnswer(options.tokens);
      let lastByte = 0;
      let resolveLastByte!: () => void;
      const lastBytePromise = new Promise<void>((r) => (resolveLastByte = r));
      let started = false;
      const body = () => {
        if (started) throw new Error('the reply was requested twice');
        started = true;
        return sseBody(encoded, options, (t) => {
          lastByte = t;
          resolveLastByte();
        });
      };
      const io: ReplyIO = {
        question: QUESTION,
        sse: () => new Response(body(), { headers: { 'content-type': 'text/event-stream' } }),
        text: () => sseToText(body()),
        textBytes: () => textToBytes(sseToText(body())),
      };

      const longTasks: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
      observer.observe({ type: 'longtask' });
      const frames: number[] = [];
      const start = performance.now();
      app.send(io);
      const { paint, timedOut } = await waitForText(
        container,
        encoded.answer.sentinel,
        lastBytePromise,
        (t) => frames.push(t),
        options.timeoutMs,
      );
      // Entries are delivered asynchronously: let the observer catch up.
      await macrotask();
      observer.disconnect();
      const inWindow = longTasks.filter((e) => e.startTime >= start - 1 && e.startTime <= paint);
      const gaps: number[] = [];
      for (let i = 1; i < frames.length; i += 1) gaps.push(frames[i] - frames[i - 1]);
      return {
        tokens: encoded.answer.tokens.length,
        chars: encoded.answer.text.length,
        timedOut,
        wallMs: paint - start,
        sourceMs: lastByte ? lastByte - start : -1,
        lastByteToPaintMs: lastByte ? paint - lastByte : -1,
        longTasks: inWindow.filter((e) => e.duration > 50).length,
        longTaskMs: inWindow.reduce((sum, e) => sum + e.duration, 0),
        maxLongTaskMs: inWindow.reduce((max, e) => Math.max(max, e.duration), 0),
        p95FrameGapMs: percentile(gaps, 95),
        maxFrameGapMs: gaps.length ? Math.max(...gaps) : 0,
        frames: frames.length,
      };
    },
  };
}
