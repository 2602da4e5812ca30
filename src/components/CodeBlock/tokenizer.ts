/** The highlighter as the code block sees it; the Shiki implementation loads on first use. */

export type CodeTheme = 'light' | 'dark';

export interface CodeToken {
  content: string;
  color?: string;
  /** Shiki's bit flags: 1 italic, 2 bold, 4 underline, 8 strikethrough. */
  fontStyle?: number;
}

export interface TokenizedLines {
  lines: CodeToken[][];
  /** Where the grammar stands after the last line; opaque, fed back to continue from there. */
  state: unknown;
}

export interface Tokenizer {
  /** Loads the grammar for a fence's language name or alias; resolves to its id, or undefined if unknown. */
  load(language: string): Promise<string | undefined>;
  /** Tokenizes `code` (lines separated by \n), continuing from `state` when given. */
  tokenize(code: string, languageId: string, theme: CodeTheme, state?: unknown): TokenizedLines;
}

let shared: Promise<Tokenizer> | undefined;

/** The page's one highlighter, created on first call (one dynamic import, no WASM). */
export function loadTokenizer(): Promise<Tokenizer> {
  shared ??= import('./shikiHighlighter').then((module) => module.createTokenizer());
  shared.catch(() => {
    // A failed chunk load (offline, CSP) leaves code plain; the next block may try again.
    shared = undefined;
  });
  return shared;
}
