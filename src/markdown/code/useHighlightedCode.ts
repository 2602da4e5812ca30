'use client';

import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';

import { streamingFrameScheduler } from '../../core/framePacer';
import { loadTokenizer, type CodeTheme, type CodeToken } from './tokenizer';

/** Colours for the start of a code block: `lines` cover `text`, which the code starts with. */
export interface HighlightedCode {
  /** Language and theme the colours were computed for. */
  key: string;
  text: string;
  lines: CodeToken[][];
  /** Colours for the last line when the rest of the code is `tailText`. */
  tail?: CodeToken[];
  tailText?: string;
}

/** Work done so far on one block: tokens for its first lines and the grammar's state after them. */
interface Session {
  key: string;
  text: string;
  lines: CodeToken[][];
  state: unknown;
  /** What was last shown (lines covered and last-line length), to skip renders that change nothing. */
  shown?: string;
}

interface Target {
  code: string;
  language: string;
  theme: CodeTheme;
  final: boolean;
  styleKey: string;
  cacheKey: string;
}

/** Lines tokenized per step; with the main-thread tokenizer, how long a task may run before yielding. */
const LINES_PER_STEP = 25;
const SLICE_MS = 8;
/**
 * While a long block is coloured, it is re-rendered with the new colours every this many lines
 * (a render of that many coloured lines is a short task) or after this long, whichever first.
 */
const PUBLISH_LINES = 128;
const PUBLISH_MS = 200;

/** Blocks coloured recently, so a block mounted again (history, re-render) is coloured at once. */
const finished = new Map<string, HighlightedCode>();
const FINISHED_LIMIT = 64;

function remember(key: string, result: HighlightedCode): void {
  finished.delete(key);
  finished.set(key, result);
  if (finished.size > FINISHED_LIMIT) finished.delete(finished.keys().next().value as string);
}

/**
 * A line's tokens, checked to spell the line exactly; Shiki drops a CR before the line feed, which
 * is given back as a plain token. A line they do not spell is shown plain rather than altered.
 */
function spelled(tokens: CodeToken[], text: string): CodeToken[] {
  const joined = tokens.map((t) => t.content).join('');
  if (joined === text) return tokens;
  if (text.endsWith('\r') && joined === text.slice(0, -1)) return [...tokens, { content: '\r' }];
  return [{ content: text }];
}

const noChanges = () => () => undefined;
const noColours = () => undefined;

interface Published<T> {
  value?: T;
  next?: T;
  listeners: Set<() => void>;
  cancel?: () => void;
}

/**
 * A value set from outside React (the tokenizer's answers). While the block streams it is shown in
 * the next streaming frame: the frame the streamed text itself is written in, when one is due, so
 * new colours and new text are laid out and painted together (read through useSyncExternalStore,
 * the render happens in that frame rather than in a task after it). A finished block's colours
 * show at once: they come in steps of at most PUBLISH_LINES lines, each a short render, and
 * holding them for a frame would merge steps into long ones.
 */
function useFramePublished<T>(): [T | undefined, (value: T, streaming: boolean) => void] {
  const holder = useRef<Published<T> | undefined>(undefined);
  holder.current ??= { listeners: new Set() };
  const store = holder.current;
  const subscribe = useCallback(
    (listener: () => void) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    [store],
  );
  const value = useSyncExternalStore(subscribe, () => store.value, noColours);
  const schedule = useCallback(() => {
    store.cancel ??= streamingFrameScheduler(() => {
      store.cancel = undefined;
      store.value = store.next;
      store.listeners.forEach((listener) => listener());
    });
  }, [store]);
  useEffect(() => {
    // Mounted again (StrictMode): a value published meanwhile is still shown.
    if (store.next !== store.value) schedule();
    return () => {
      store.cancel?.();
      store.cancel = undefined;
    };
  }, [store, schedule]);
  const publish = useCallback(
    (next: T, streaming: boolean) => {
      store.next = next;
      if (streaming) {
        schedule();
        return;
      }
      store.cancel?.();
      store.cancel = undefined;
      store.value = next;
      store.listeners.forEach((listener) => listener());
    },
    [store, schedule],
  );
  return [value, publish];
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The longest a colouring step waits for an overloaded page (ms). */
const MAX_YIELD_MS = 1000;

/**
 * Waits while the page is overloaded by streaming (a reply arriving faster than it can be
 * rendered), up to MAX_YIELD_MS. Colouring is work that can wait: on a machine with few cores
 * the highlighter's CPU time, even in a worker, would otherwise be taken from the text itself.
 */
async function yieldToStreaming(): Promise<void> {
  const started = now();
  while (streamingFrameScheduler.overloaded() && now() - started < MAX_YIELD_MS) await sleep(50);
}

/**
 * Syntax colours for a code block, computed after the highlighter and the language's grammar have
 * loaded (until then, and for unknown languages, undefined: the code shows plain). Only lines not
 * seen before are tokenized: while a block streams, each new line continues from the grammar state
 * after the previous one, and one pass at a time runs per block (later text waits for it). In a
 * Web Worker the page's thread is never blocked; on the main thread a long block is tokenized in
 * slices of about 8 ms, the page getting the thread back in between.
 */
export function useHighlightedCode(
  code: string,
  language: string | undefined,
  theme: CodeTheme,
  enabled: boolean,
  /**
   * The code is complete: its last line is coloured too, and the colours are kept for a block
   * mounted again with the same code. While a block streams its last line stays plain until the
   * next one starts (colouring a half line on every update would cost more than it shows).
   */
  final: boolean,
): HighlightedCode | undefined {
  const styleKey = `${language}\u0000${theme}`;
  const cacheKey = `${styleKey}\u0000${code}`;
  const [computed, setResult] = useFramePublished<HighlightedCode>();
  // Colours kept from an earlier mount of the same code show at once, except while hydrating
  // (the server rendered the code plain, so the first client render must too).
  const remembered = useSyncExternalStore(noChanges, () => (enabled && language ? finished.get(cacheKey) : undefined), noColours);
  const target = useRef<Target | undefined>(undefined);
  const session = useRef<Session | undefined>(undefined);
  const running = useRef(false);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      const state = session.current?.state;
      session.current = undefined;
      if (state !== undefined)
        void loadTokenizer().then(
          (tokenizer) => tokenizer.release(state),
          () => undefined,
        );
    };
  }, []);

  useEffect(() => {
    if (!enabled || !language) {
      target.current = undefined;
      return;
    }
    const cached = finished.get(cacheKey);
    if (cached) {
      target.current = undefined;
      setResult(cached, false);
      return;
    }
    target.current = { code, language, theme, final, styleKey, cacheKey };
    if (running.current) return; // the pass under way picks up the new text when it gets there
    running.current = true;
    // A failed pass (the worker died, say) leaves the code plain; the next change tries again.
    pump().catch(() => {
      running.current = false;
    });

    /** Colours `target.current` until caught up with it (it may change while this runs). */
    async function pump(): Promise<void> {
      await yieldToStreaming();
      const tokenizer = await loadTokenizer().catch(() => undefined);
      if (!tokenizer) {
        running.current = false;
        return;
      }
      let sliceStart = now();
      let published = sliceStart;
      let publishedLines = 0;
      for (let pass = 0; ; pass += 1) {
        if (pass > 0) await yieldToStreaming();
        const want = target.current;
        if (!want || !alive.current) break;
        const id = await tokenizer.load(want.language);
        if (!alive.current) break;
        // The fence's language may still be arriving (`ja` before `java`): check the newest text.
        if (target.current !== want) continue;
        if (!id) break;
        const key = `${id}\u0000${want.theme}`;
        let work = session.current;
        if (!work || work.key !== key || !want.code.startsWith(work.text)) {
          if (work?.state !== undefined) tokenizer.release(work.state);
          work = { key, text: '', lines: [], state: undefined };
          session.current = work;
        }
        // The last line may still be arriving (a streaming block's text ends in a newline either
        // way), so the grammar state after it is never kept.
        const body = want.code.endsWith('\n') ? want.code.slice(0, -1) : want.code;
        const complete = body.slice(0, body.lastIndexOf('\n') + 1);
        if (work.text.length < complete.length) {
          let end = work.text.length;
          for (let n = 0; n < LINES_PER_STEP && end < complete.length; n += 1) end = complete.indexOf('\n', end) + 1;
          const chunk = complete.slice(work.text.length, end - 1);
          const step = await tokenizer.tokenize(chunk, id, want.theme, work.state);
          // A state not adopted (unmounted, or the text changed under this step) is released at once.
          if (!alive.current || session.current !== work || !(target.current?.code ?? '').startsWith(complete.slice(0, end))) {
            if (step.state !== undefined) tokenizer.release(step.state);
            if (!alive.current) break;
            continue;
          }
          const texts = chunk.split('\n');
          work.lines.push(...step.lines.map((line, i) => spelled(line, texts[i])));
          if (work.state !== undefined) tokenizer.release(work.state);
          work.state = step.state;
          work.text = complete.slice(0, end);
          if (work.text.length < complete.length) {
            if (now() - published > PUBLISH_MS || work.lines.length - publishedLines >= PUBLISH_LINES) {
              setResult({ key: want.styleKey, text: work.text, lines: work.lines.slice() }, !want.final);
              published = now();
              publishedLines = work.lines.length;
              // Let the page render those lines before colouring more.
              if (tokenizer.offThread) await yieldToPage();
            }
            if (!tokenizer.offThread && now() - sliceStart > SLICE_MS) {
              await yieldToPage();
              sliceStart = now();
            }
            continue;
          }
        }
        const tailLine = want.final ? body.slice(complete.length) : '';
        const shown = `${work.text.length}:${tailLine.length}`;
        if (want.final || work.shown !== shown) {
          const tokens = tailLine ? (await tokenizer.tokenize(tailLine, id, want.theme, work.state, false)).lines[0] : undefined;
          if (!alive.current) break;
          if (target.current !== want) continue;
          const tail = tokens && spelled(tokens, tailLine);
          const done: HighlightedCode = {
            key: want.styleKey,
            text: work.text,
            lines: work.lines.slice(),
            tail,
            tailText: tail && want.code.slice(complete.length),
          };
          work.shown = shown;
          if (want.final) remember(want.cacheKey, done);
          setResult(done, !want.final);
        }
        if (target.current === want) break;
      }
      running.current = false;
    }
  }, [styleKey, cacheKey, code, language, theme, enabled, final, setResult]);

  if (!enabled || !language) return undefined;
  // Colours for another theme, or for an earlier text that this one does not continue, are dropped.
  const valid = (result: HighlightedCode | undefined) =>
    result && result.key === styleKey && code.startsWith(result.text) ? result : undefined;
  return valid(remembered) ?? valid(computed);
}
