/**
 * The syntax highlighter proper. This module is only ever loaded through `import()` (see
 * tokenizer.ts), so Shiki, its JavaScript regex engine, the two themes and the language index
 * stay out of the main bundle; each grammar is a further chunk, fetched when a block first uses it.
 */
import { createHighlighterCore, type GrammarState, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRawEngine } from 'shiki/engine/javascript';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';

import { LANGUAGES, type LanguageEntry } from './languages';

import type { CodeTheme, CodeToken, SyncTokenizer, TokenizedLines } from './tokens';

const THEMES: Record<CodeTheme, string> = {
  light: 'github-light',
  dark: 'github-dark',
};

/** Language names and aliases (`ts`, `py`, `sh`, …) to the grammar that serves them. */
const byName = new Map<string, LanguageEntry>();
for (const info of LANGUAGES) {
  byName.set(info.id, info);
  for (const alias of info.aliases ?? []) byName.set(alias, info);
}

/**
 * Shiki's tokens, with the theme's default text colour left out (that text inherits the block's
 * colour) and neighbouring uncoloured tokens joined: far fewer styled elements for the page to
 * create and style.
 */
function toTokens(lines: ThemedToken[][], foreground: string): CodeToken[][] {
  return lines.map((line) => {
    const out: CodeToken[] = [];
    for (const token of line) {
      const plain = (!token.color || token.color.toLowerCase() === foreground) && !token.fontStyle;
      const previous = out[out.length - 1];
      if (plain && previous && previous.color === undefined && !previous.fontStyle) previous.content += token.content;
      else
        out.push(
          plain
            ? { content: token.content }
            : {
                content: token.content,
                color: token.color,
                fontStyle: token.fontStyle || undefined,
              },
        );
    }
    return out;
  });
}

export async function createTokenizer(): Promise<SyncTokenizer> {
  // No WASM, and no regex translation at run time: the grammars are Shiki's precompiled ones
  // (their patterns already JavaScript regexes), run by its raw JavaScript engine.
  const core: HighlighterCore = await createHighlighterCore({
    themes: [githubLight, githubDark],
    langs: [],
    engine: createJavaScriptRawEngine(),
  });
  const loading = new Map<string, Promise<string | undefined>>();
  const foreground = {
    light: (core.getTheme(THEMES.light).fg ?? '').toLowerCase(),
    dark: (core.getTheme(THEMES.dark).fg ?? '').toLowerCase(),
  };

  return {
    load(language) {
      const info = byName.get(language.toLowerCase());
      if (!info) return Promise.resolve(undefined);
      let pending = loading.get(info.id);
      if (!pending) {
        pending = core.loadLanguage(info.load).then(
          () => info.id,
          () => undefined,
        );
        loading.set(info.id, pending);
      }
      return pending;
    },
    tokenize(code, language, theme, state): TokenizedLines {
      const themed = core.codeToTokensBase(code, {
        lang: language,
        theme: THEMES[theme],
        grammarState: state as GrammarState | undefined,
      });
      return {
        lines: toTokens(themed, foreground[theme]),
        state: core.getLastGrammarState(themed),
      };
    },
  };
}
