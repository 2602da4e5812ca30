import { ProChatError, type ChatMessageErrorInfo } from './errors';

/** How long a request may keep the user waiting. */
export interface ChatTimeouts {
  /** Fail the reply when nothing has arrived this many ms after the request was made. */
  requestTimeout?: number;
  /** Fail the reply when a stream sends nothing new for this many ms (the text so far is kept). */
  streamIdleTimeout?: number;
}

/** Retries of a request that failed before anything of the reply arrived. */
export interface ChatRetryOptions {
  /** How many times to ask again after the first failure. */
  attempts: number;
  /**
   * The wait before retry `n` (1 for the first), in ms: a number is the first wait, doubled for
   * each retry after it; a function gives each wait.
   * @default 500
   */
  backoff?: number | ((attempt: number) => number);
  /**
   * Which failures are worth asking again for. By default: a network failure, a timeout, HTTP 408,
   * 429 and 5xx, a body cut before anything arrived; never a request the server refused (other 4xx).
   */
  retryOn?: (error: ChatMessageErrorInfo) => boolean;
}

const TRANSIENT_CODES = new Set(['request_timeout', 'stream_idle_timeout', 'server_error', 'incomplete_stream', 'empty_body']);

/** The default `retryOn`. */
export function isTransientFailure(error: ChatMessageErrorInfo): boolean {
  if (error.status !== undefined) return error.status === 408 || error.status === 429 || error.status >= 500;
  // No status and no code: the request itself failed (offline, DNS, a reset connection).
  return error.code === undefined || TRANSIENT_CODES.has(error.code);
}

/** The wait before retry `attempt` (1-based). */
export function retryDelay(retry: ChatRetryOptions, attempt: number): number {
  const backoff = retry.backoff ?? 500;
  const ms = typeof backoff === 'function' ? backoff(attempt) : backoff * 2 ** (attempt - 1);
  return Math.max(0, Number.isFinite(ms) ? ms : 0);
}

/** Resolves after `ms`, or at once (to false) when `signal` aborts first. */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** One request of a reply: its own signal (aborted by Stop, or by a timeout), and its timers. */
export interface Attempt {
  signal: AbortSignal;
  /** Something arrived: the request timer is done, the idle timer starts again. */
  received: () => void;
  /** The timeout that ended this attempt, if one did. */
  timedOut: () => ProChatError | undefined;
  /** Clears the timers and lets go of the parent signal. */
  end: () => void;
}

/**
 * Starts a request attempt under `parent` (the reply's signal: Stop aborts both). A timeout aborts
 * only the attempt, so the reply can fail with a message saying which wait ran out, or ask again.
 */
export function startAttempt(parent: AbortSignal, { requestTimeout, streamIdleTimeout }: ChatTimeouts): Attempt {
  const controller = new AbortController();
  const follow = () => controller.abort(parent.reason);
  if (parent.aborted) follow();
  else parent.addEventListener('abort', follow, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failure: ProChatError | undefined;
  const arm = (ms: number | undefined, error: () => ProChatError) => {
    clearTimeout(timer);
    timer = undefined;
    if (!ms || ms <= 0 || controller.signal.aborted) return;
    timer = setTimeout(() => {
      failure = error();
      controller.abort(failure);
    }, ms);
  };
  arm(
    requestTimeout,
    () =>
      new ProChatError(`No answer came within ${seconds(requestTimeout!)} (requestTimeout).`, {
        code: 'request_timeout',
      }),
  );
  let armedIdle = false;
  return {
    signal: controller.signal,
    received: () => {
      // Re-armed on every chunk; without an idle timeout the request timer just ends.
      if (!streamIdleTimeout && armedIdle) return;
      armedIdle = true;
      arm(
        streamIdleTimeout,
        () =>
          new ProChatError(`The answer stopped: nothing new came for ${seconds(streamIdleTimeout!)} (streamIdleTimeout).`, {
            code: 'stream_idle_timeout',
          }),
      );
    },
    timedOut: () => failure,
    end: () => {
      clearTimeout(timer);
      parent.removeEventListener('abort', follow);
    },
  };
}
