import { useEffect, useRef, useState } from 'react';

import { loadTokenizer, type CodeTheme, type CodeToken } from './tokenizer';

/** Colours for the start of a code block: `lines` cover `text`, which the code starts with. */
export interface HighlightedCode {
  /** Language and theme the colours were computed for. */
  key: string;
  text: string;
  lines: CodeToken[][];
  /** Colours for the last line, which may still be growing, when the rest of the code is `tailText`. */
  tail?: CodeToken[];
  tailText?: string;
}

/** Work done so far on one block: tokens for its first lines and the grammar's state after them. */
interface Session {
  key: string;
  text: string;
  lines: CodeToken[][];
  state: unknown;
}

/** Lines tokenized per step, and how long one task may run before yielding to the page. */
const LINES_PER_STEP = 25;
const SLICE_MS = 8;
/** While a long block is coloured, the block is re-rendered with the new colours at most this often. */
const PUBLISH_MS = 200;

/** Blocks coloured recently, so a block mounted again (history, re-render) is coloured at once. */
const finished = new Map<string, HighlightedCode>();
const FINISHED_LIMIT = 64;

function remember(key: string, result: HighlightedCode): void {
  finished.delete(key);
  finished.set(key, result);
  if (finished.size > FINISHED_LIMIT) finished.delete(finished.keys().next().value as string);
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * Syntax colours for a code block, computed after the highlighter and the language's grammar have
 * loaded (until then, and for unknown languages, undefined: the code shows plain). Only lines not
 * seen before are tokenized: while a block streams, each new line continues from the grammar state
 * after the previous one. A long block is tokenized in slices of about 8 ms with the page getting
 * the main thread back in between, its colours spreading down the block as slices finish.
 */
export function useHighlightedCode(
  code: string,
  language: string | undefined,
  theme: CodeTheme,
  enabled: boolean,
  /** The code is complete: keep its colours for a block mounted again with the same code. */
  final: boolean,
): HighlightedCode | undefined {
  const styleKey = `${language}\u0000${theme}`;
  const cacheKey = `${styleKey}\u0000${code}`;
  const [result, setResult] = useState<HighlightedCode | undefined>(() => (enabled && language ? finished.get(cacheKey) : undefined));
  const session = useRef<Session | undefined>(undefined);

  useEffect(() => {
    if (!enabled || !language) return undefined;
    const cached = finished.get(cacheKey);
    if (cached) {
      setResult(cached);
      return undefined;
    }
    let cancelled = false;
    (async () => {
      const tokenizer = await loadTokenizer();
      const id = await tokenizer.load(language);
      if (cancelled || !id) return;
      const key = `${id}\u0000${theme}`;
      let work = session.current;
      if (!work || work.key !== key || !code.startsWith(work.text)) {
        work = { key, text: '', lines: [], state: undefined };
        session.current = work;
      }
      // The last line may still be arriving (a streaming block's text ends in a newline either
      // way), so it is coloured on each pass but the grammar state after it is never kept.
      const body = code.endsWith('\n') ? code.slice(0, -1) : code;
      const complete = body.slice(0, body.lastIndexOf('\n') + 1);
      let sliceStart = now();
      let published = sliceStart;
      while (work.text.length < complete.length) {
        let end = work.text.length;
        for (let n = 0; n < LINES_PER_STEP && end < complete.length; n += 1) end = complete.indexOf('\n', end) + 1;
        const chunk = complete.slice(work.text.length, end - 1);
        const step = tokenizer.tokenize(chunk, id, theme, work.state);
        const texts = chunk.split('\n');
        // A line whose tokens do not spell it exactly is shown plain rather than altered.
        work.lines.push(...step.lines.map((line, i) => (line.map((t) => t.content).join('') === texts[i] ? line : [{ content: texts[i] }])));
        work.state = step.state;
        work.text = complete.slice(0, end);
        if (now() - sliceStart > SLICE_MS && work.text.length < complete.length) {
          if (now() - published > PUBLISH_MS) {
            setResult({ key: styleKey, text: work.text, lines: work.lines.slice() });
            published = now();
          }
          await yieldToPage();
          if (cancelled || session.current !== work) return;
          sliceStart = now();
        }
      }
      const tailLine = body.slice(complete.length);
      const tokens = tailLine ? tokenizer.tokenize(tailLine, id, theme, work.state).lines[0] : undefined;
      const tail = tokens && tokens.map((t) => t.content).join('') === tailLine ? tokens : undefined;
      const done: HighlightedCode = { key: styleKey, text: work.text, lines: work.lines.slice(), tail, tailText: tail && code.slice(complete.length) };
      if (final) remember(cacheKey, done);
      setResult(done);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [styleKey, cacheKey, code, language, theme, enabled, final]);

  if (!enabled || !language || !result) return undefined;
  // Colours for another theme, or for an earlier text that this one does not continue, are dropped.
  return result.key === styleKey && code.startsWith(result.text) ? result : undefined;
}
