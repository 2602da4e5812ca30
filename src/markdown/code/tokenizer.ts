/** The highlighter as the code block sees it; the Shiki implementation loads on first use. */

import type { CodeTheme, TokenizedLines } from './tokens';

export type { CodeTheme, CodeToken, SyncTokenizer, TokenizedLines } from './tokens';

export interface Tokenizer {
  load(language: string): Promise<string | undefined>;
  /** As SyncTokenizer's; with `keep` false the state after `code` is not needed (a last line still growing). */
  tokenize(code: string, languageId: string, theme: CodeTheme, state?: unknown, keep?: boolean): Promise<TokenizedLines>;
  /** A state that will not be continued from again (the worker keeps states until told). */
  release(state: unknown): void;
  /** Tokenizing happens off the main thread (in a Web Worker). */
  offThread: boolean;
}

/** Shiki on the main thread (no Worker, or the worker failed to start). */
async function mainThreadTokenizer(): Promise<Tokenizer> {
  const tokenizer = await import('./shikiHighlighter').then((module) => module.createTokenizer());
  return {
    load: (language) => tokenizer.load(language),
    tokenize: async (code, languageId, theme, state) => tokenizer.tokenize(code, languageId, theme, state),
    release: () => undefined,
    offThread: false,
  };
}

const WORKER_START_MS = 10_000;

export interface HighlighterOptions {
  /**
   * Creates the Web Worker that highlights code off the page's thread: a worker running
   * `pro-chat-next/highlight-worker`. Without one (the default), code is highlighted on the main
   * thread in slices of a few milliseconds. The worker is created when the first code block
   * appears; if it fails to start, highlighting falls back to the main thread.
   */
  worker?: (() => Worker) | false;
}

let workerFactory: (() => Worker) | undefined;

/**
 * Page-wide highlighter settings; call once at start-up, before the first code block renders.
 *
 * ```ts
 * // highlight-worker.js, next to this file: `import 'pro-chat-next/highlight-worker';`
 * configureHighlighter({ worker: () => new Worker(new URL('./highlight-worker.js', import.meta.url), { type: 'module' }) });
 * ```
 */
export function configureHighlighter(options: HighlighterOptions): void {
  workerFactory = options.worker || undefined;
}

/** Shiki in a Web Worker; rejects if the worker cannot start (CSP, 404, no module workers). */
function workerTokenizer(create: () => Worker): Promise<Tokenizer> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = create();
    } catch (error) {
      reject(error);
      return;
    }
    let next = 0;
    const pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
    const fail = (error: Error) => {
      for (const call of pending.values()) call.reject(error);
      pending.clear();
      worker.terminate();
      reject(error);
    };
    worker.onmessage = (event: MessageEvent<{ id: number; result?: never; error?: string }>) => {
      const call = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (event.data.error !== undefined) call?.reject(new Error(event.data.error));
      else call?.resolve(event.data.result as never);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(new Error(event.message || 'The highlighter worker failed to start.'));
    };
    const call = <T>(message: Record<string, unknown>) =>
      new Promise<T>((done, failed) => {
        const id = next++;
        pending.set(id, { resolve: done as (value: never) => void, reject: failed });
        worker.postMessage({ ...message, id });
      });
    const timer = setTimeout(() => fail(new Error('The highlighter worker did not start.')), WORKER_START_MS);
    call<boolean>({ type: 'ready' }).then(
      () => {
        clearTimeout(timer);
        // A worker that dies later: its calls fail, and the next block starts a fresh highlighter.
        worker.onerror = (event) => {
          event.preventDefault();
          const error = new Error(event.message || 'The highlighter worker stopped.');
          for (const pendingCall of pending.values()) pendingCall.reject(error);
          pending.clear();
          worker.terminate();
          shared = undefined;
        };
        // A language's id is asked for on every pass; after the first answer it is known here.
        const loads = new Map<string, Promise<string | undefined>>();
        resolve({
          load: (language) => {
            let id = loads.get(language);
            if (!id) {
              id = call<string | undefined>({ type: 'load', language });
              // A failed load is asked for again next time.
              id.catch(() => loads.delete(language));
              loads.set(language, id);
            }
            return id;
          },
          tokenize: (code, languageId, theme, state, keep = true) =>
            call<TokenizedLines>({ type: 'tokenize', code, languageId, theme, state, keep }),
          release: (state) => worker.postMessage({ type: 'release', state }),
          offThread: true,
        });
      },
      (error: Error) => {
        // The worker runs but its highlighter could not start.
        clearTimeout(timer);
        fail(error);
      },
    );
  });
}

let shared: Promise<Tokenizer> | undefined;

/**
 * The page's one highlighter, created on first call: in the Web Worker the app configured (see
 * configureHighlighter), else on the main thread (tokenizing in slices). No WASM either way.
 */
export function loadTokenizer(): Promise<Tokenizer> {
  const create = workerFactory;
  shared ??= (create ? workerTokenizer(create).catch(() => mainThreadTokenizer()) : mainThreadTokenizer()).catch((error: unknown) => {
    // A failed chunk load (offline, CSP) leaves code plain; the next block may try again.
    shared = undefined;
    throw error;
  });
  return shared;
}
