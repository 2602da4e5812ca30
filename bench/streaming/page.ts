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
  /**
   * The model server's HTTP response: OpenAI chat-completions SSE (tool-call deltas with
   * `?answer=tool`). With `?answer=steps5` each call is the next step's response.
   */
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
  /** Requests the app made for the reply (5 with `?answer=steps5`). */
  requests: number;
  /** Store writes the app reported with `noteStoreWrite` (-1: the app does not report them). */
  storeWrites: number;
  /**
   * Most writes made while the reply streamed between two animation frames. The send's write and
   * the turn's closing write (synchronous, so `onChatEnd` sees the final state) are not counted.
   */
  maxWritesPerFrame: number;
}

let storeWrites = 0;
let streamingWrites = 0;
/**
 * Apps that can see their store's writes (ours, through onChatsChange) report each one here;
 * `streaming` when the reply was streaming after it (not the send, nor the turn's closing write).
 */
export function noteStoreWrite(streaming: boolean): void {
  storeWrites += 1;
  if (streaming) streamingWrites += 1;
}
let reportsWrites = false;
/** Called once by an app that reports store writes. */
export function reportStoreWrites(): void {
  reportsWrites = true;
}

const encoder = new TextEncoder();

/** One HTTP response body of the mock model. */
interface Body {
  bytes: Uint8Array;
  /** ends[i]: byte offset just after token i's event. */
  ends: number[];
}

interface Encoded {
  answer: Answer;
  /** One body per request: several when the reply is a multi-step tool turn (`?answer=steps5`). */
  bodies: Body[];
}

const cache = new Map<number, Encoded>();

/** The bench's tool in `?answer=steps5`: the app runs it in the browser between steps. */
export const STEP_TOOL = 'lookup';
const STEPS = 5;

function concat(parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** SSE chunks with the choices `deltas` (one per token) then `tail`, as one body. */
function encodeBody(deltas: string[], tail: string[]): Body {
  const parts: Uint8Array[] = [];
  const ends: number[] = [];
  let size = 0;
  for (const delta of [...deltas, ...tail]) {
    const event = encoder.encode(`data: {"choices":[${delta}]}\n\n`);
    parts.push(event);
    size += event.length;
    ends.push(size);
  }
  // The tail's events belong to the last token's read.
  ends.length = deltas.length;
  parts.push(encoder.encode('data: [DONE]\n\n'));
  return { bytes: concat(parts), ends };
}

const textDelta = (token: string) => `{"delta":{"content":${JSON.stringify(token)}}}`;
const finish = (reason: string) => `{"delta":{},"finish_reason":"${reason}"}`;

/**
 * `?answer=steps5`: the same answer told in five steps. Each of the first four streams a fifth
 * of the text, then calls `lookup` (a tool card) and ends with `tool_calls`; the app runs the
 * tool and asks again; the fifth step streams the rest, sentinel last. Steps break between paragraphs.
 */
function encodeSteps(answer: Answer): Body[] {
  const { tokens } = answer;
  // A step starts at a token that opens a paragraph ("\n\nList") outside a code fence.
  const starts: number[] = [];
  let fences = 0;
  tokens.forEach((token, index) => {
    if (token.startsWith('\n\n') && fences % 2 === 0) starts.push(index);
    fences += token.split('```').length - 1;
  });
  const cuts: number[] = [];
  for (let step = 1; step < STEPS; step += 1) {
    const at = starts.find((start) => start >= (tokens.length * step) / STEPS && start > (cuts.at(-1) ?? 0));
    if (at === undefined) throw new Error(`an answer of ${tokens.length} tokens has too few paragraphs for ${STEPS} steps`);
    cuts.push(at);
  }
  const bounds = [0, ...cuts, tokens.length];
  return bounds.slice(0, -1).map((from, step) => {
    const deltas = tokens.slice(from, bounds[step + 1]).map(textDelta);
    if (step === STEPS - 1) return encodeBody(deltas, [finish('stop')]);
    const args = JSON.stringify({ query: `step ${step + 1}` });
    const call = `{"delta":{"tool_calls":[{"index":0,"id":"call_${step + 1}","type":"function","function":{"name":"${STEP_TOOL}","arguments":${JSON.stringify(args)}}}]}}`;
    return encodeBody(deltas, [call, finish('tool_calls')]);
  });
}

function encodeAnswer(tokens: number): Encoded {
  const hit = cache.get(tokens);
  if (hit) return hit;
  // `?answer=code5` / `?answer=plain5`: the answer with five code blocks, or the same as paragraphs.
  const kind = new URLSearchParams(location.search).get('answer');
  const answer = kind === 'code5' || kind === 'plain5' ? makeCodeAnswer(tokens, kind === 'code5') : makeAnswer(tokens);
  let bodies: Body[];
  if (kind === 'steps5') bodies = encodeSteps(answer);
  else if (kind === 'tool') {
    // `?answer=tool`: the reply is one tool call whose JSON arguments ({"text": answer}) stream a
    // delta per token, as a model writing a long argument does.
    const deltas = answer.tokens.map((token, index) => {
      const piece = JSON.stringify(token).slice(1, -1);
      const args = (index === 0 ? '{"text":"' : '') + piece + (index === answer.tokens.length - 1 ? '"}' : '');
      const head =
        index === 0 ? '"id":"call_1","type":"function","function":{"name":"write_report","arguments"' : '"function":{"arguments"';
      return `{"delta":{"tool_calls":[{"index":0,${head}:${JSON.stringify(args)}}}]}}`;
    });
    bodies = [encodeBody(deltas, [finish('tool_calls')])];
  } else bodies = [encodeBody(answer.tokens.map(textDelta), [finish('stop')])];
  const encoded = { answer, bodies };
  cache.set(tokens, encoded);
  return encoded;
}

/** A photo-like JPEG (gradients and noise, 1024×768) as a data URL, as an attached photo would be. */
function makePhoto(seed: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = 1024;
  canvas.height = 768;
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, 1024, 768);
  gradient.addColorStop(0, `hsl(${seed * 70}, 60%, 55%)`);
  gradient.addColorStop(1, `hsl(${seed * 70 + 120}, 50%, 35%)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, 1024, 768);
  let state = seed + 1;
  for (let index = 0; index < 4000; index += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    context.fillStyle = `hsla(${state % 360}, 50%, 50%, 0.35)`;
    context.fillRect(state % 1024, (state >> 10) % 768, 6 + (state % 18), 6 + ((state >> 5) % 18));
  }
  return canvas.toDataURL('image/jpeg', 0.8);
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
function sseBody(body: Body, options: StreamOptions, onLastByte: (t: number) => void): ReadableStream<Uint8Array> {
  const { bytes, ends } = body;
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
      // `?history=images`: every user message carries a photo (a JPEG data URL of ~100 KB).
      if (new URLSearchParams(location.search).get('history') === 'images') {
        const photos = Array.from({ length: 5 }, (_, index) => makePhoto(index));
        history.forEach((message, index) => {
          if (message.role !== 'user') return;
          const url = photos[index % photos.length];
          message.parts = [
            { type: 'file', mediaType: 'image/jpeg', url, filename: `photo-${index}.jpg` },
            { type: 'text', text: message.content },
          ];
        });
      }
      const start = performance.now();
      app.mount(container, history);
      if (n === 0) {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return { ms: performance.now() - start, timedOut: false };
      }
      const { paint, timedOut } = await waitForText(container, historySentinel(n), Promise.resolve(), () => {}, timeoutMs);
      // The stream starts once the page has settled (images decoded, effects run), as a user reads
      // the history before asking; the mount's own leftovers are not the reply's cost.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      return { ms: paint - start, timedOut };
    },
    async stream(options) {
      const encoded = encodeAnswer(options.tokens);
      let lastByte = 0;
      let resolveLastByte!: () => void;
      const lastBytePromise = new Promise<void>((r) => (resolveLastByte = r));
      let requests = 0;
      const body = () => {
        if (requests >= encoded.bodies.length) throw new Error(`the reply was requested ${requests + 1} times`);
        const index = requests;
        requests += 1;
        return sseBody(encoded.bodies[index], options, (t) => {
          if (index < encoded.bodies.length - 1) return;
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
      storeWrites = 0;
      streamingWrites = 0;
      let counted = 0;
      let maxWritesPerFrame = 0;
      const start = performance.now();
      app.send(io);
      const { paint, timedOut } = await waitForText(
        container,
        encoded.answer.sentinel,
        lastBytePromise,
        (t) => {
          frames.push(t);
          maxWritesPerFrame = Math.max(maxWritesPerFrame, streamingWrites - counted);
          counted = streamingWrites;
        },
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
        requests,
        storeWrites: reportsWrites ? storeWrites : -1,
        maxWritesPerFrame: reportsWrites ? Math.max(maxWritesPerFrame, streamingWrites - counted) : -1,
      };
    },
  };
}
