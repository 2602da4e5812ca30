import type { FrameScheduler } from './frame';

export interface FramePacerOptions {
  /**
   * The largest share of the main thread that paced frames may take, in (0, 1]. A frame whose
   * work took `cost` ms holds the next paced callback back until `cost / share` ms after it began.
   */
  share?: number;
  /** However heavy the frames, a paced callback waits at most this long (ms) after the last one. */
  maxIntervalMs?: number;
  /** However light the frames, a paced callback waits at least this long (ms) after the last one. @default 0 */
  minIntervalMs?: number;
}

/** A share of 1/3: streaming renders leave at least two thirds of the thread to input and the network. */
const DEFAULT_SHARE = 1 / 3;
/** At least ten updates a second, so a heavy reply still reads as streaming. */
const DEFAULT_MAX_INTERVAL_MS = 100;
/**
 * Updates held back this long (ms) or more, three 60 Hz frames, mean the page is overloaded: with
 * the default share, a streaming render costs a whole frame.
 */
const OVERLOAD_MS = 50;
/** How long a measured overload is believed without a newer frame (ms): paced frames stop with the stream. */
const LOAD_MEMORY_MS = 250;

/** A FrameScheduler that also tells whether the page is over its budget. */
export interface FramePacer extends FrameScheduler {
  /**
   * Whether updates are being held back by three frames or more because rendering them costs that
   * much more than the pacer's share of the thread (a model streaming faster than the page can
   * render, a slow device), as of a frame measured in the last quarter second. Work that can wait
   * (syntax colours) waits then.
   */
  overloaded(): boolean;
}

/**
 * A FrameScheduler for streaming updates that keeps them to a share of the main thread. Callbacks
 * run in animation frames, as with requestAnimationFrame. After a frame in which callbacks ran, a
 * task posted from that frame (which runs once the frame is painted) reads how long the frame's
 * work took: the callbacks, the renders they caused, style, layout and paint. When that is cheap
 * (a few ms) every frame is used; when it is heavy (a long reply on a slow device, a model
 * streaming faster than the page can render), later callbacks skip frames, so each update
 * carries more text and the page keeps time for everything else.
 *
 * One pacer serves every chat on the page: they share the thread, so they share the budget.
 * Without requestAnimationFrame (server, workers) callbacks run on a ~60 Hz timer, unpaced.
 */
export function createFramePacer(options: FramePacerOptions = {}): FramePacer {
  const share = Math.min(1, Math.max(0.01, options.share ?? DEFAULT_SHARE));
  const maxInterval = options.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS;
  const minInterval = options.minIntervalMs ?? 0;
  /** Frame time before which no paced callback runs. */
  let notBefore = -Infinity;
  /** A frame's cost is being measured (one frame at a time). */
  let measuring = false;
  /** When the last frame was measured, and whether it was over budget. */
  let measuredAt = -Infinity;
  let over = false;
  /** Frames passed over in a row at most, so a clock that stands still cannot stall updates. */
  const maxSkipped = Math.ceil(maxInterval / 16);

  const measure = (frameTime: number) => {
    if (measuring) return;
    measuring = true;
    const started = performance.now();
    setTimeout(() => {
      measuring = false;
      measuredAt = performance.now();
      const cost = measuredAt - started;
      notBefore = frameTime + Math.max(minInterval, Math.min(maxInterval, cost / share));
      over = cost / share >= OVERLOAD_MS;
    }, 0);
  };

  /** Callbacks waiting for a paced frame, in the order they were scheduled. */
  let queue: Array<() => void> = [];
  /** The requestAnimationFrame a frame is pending from, if any (a test may swap the function). */
  let requestedFrom: typeof requestAnimationFrame | undefined;
  let skipped = 0;
  const requestFrame = () => {
    requestedFrom = requestAnimationFrame;
    requestAnimationFrame(onFrame);
  };

  function onFrame(frameTime: number) {
    requestedFrom = undefined;
    if (queue.length === 0) return;
    // A frame within a millisecond of the earliest allowed counts as on time (timestamps are
    // rounded); one far behind it is on another clock (a test's), and is not held back.
    if (frameTime + 1 < notBefore && frameTime + 1 >= notBefore - maxInterval && skipped < maxSkipped) {
      skipped += 1;
      requestFrame();
      return;
    }
    skipped = 0;
    measure(frameTime);
    // Every due callback in one animation-frame callback, so the renders their updates cause are
    // one render (React flushes them in the microtask after it). One that throws does not stop
    // the others; its error is reported as uncaught.
    const run = queue;
    queue = [];
    for (const callback of run) {
      try {
        callback();
      } catch (error) {
        setTimeout(() => {
          throw error;
        }, 0);
      }
    }
  }

  const schedule: FrameScheduler = (callback) => {
    if (typeof requestAnimationFrame !== 'function') {
      const timer = setTimeout(callback, 16);
      return () => clearTimeout(timer);
    }
    const entry = () => callback();
    queue.push(entry);
    if (requestedFrom !== requestAnimationFrame) requestFrame();
    return () => {
      const at = queue.indexOf(entry);
      if (at >= 0) queue.splice(at, 1);
    };
  };
  const overloaded = () => over && performance.now() - measuredAt < LOAD_MEMORY_MS;
  return Object.assign(schedule, { overloaded });
}

/**
 * Streaming text is redrawn about 30 times a second at most. A reader sees no difference from 60
 * (each update still lands on a frame, and the smooth reveal keeps its pace in time), and a fast
 * model's reply costs about a third less main-thread time (10k tokens at 1,000 tokens/s: busy
 * 2.6 s -> 1.9 s in the benchmark).
 */
const STREAMING_MIN_INTERVAL_MS = 30;

/** The page's pacer for streaming renders (store writes, the smooth reveal, code colours). */
export const streamingFrameScheduler: FramePacer = createFramePacer({ minIntervalMs: STREAMING_MIN_INTERVAL_MS });
