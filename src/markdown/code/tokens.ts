/** What a tokenizer gives the code block: coloured tokens per line, for a light or dark theme. */

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

export interface SyncTokenizer {
  /** Loads the grammar for a fence's language name or alias; resolves to its id, or undefined if unknown. */
  load(language: string): Promise<string | undefined>;
  /** Tokenizes `code` (lines separated by \n), continuing from `state` when given. */
  tokenize(code: string, languageId: string, theme: CodeTheme, state?: unknown): TokenizedLines;
}
