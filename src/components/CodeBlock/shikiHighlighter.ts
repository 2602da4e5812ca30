/**
 * The syntax highlighter proper. This module is only ever loaded through `import()` (see
 * highlighter.ts), so Shiki, its JavaScript regex engine, the two themes and the language index
 * stay out of the main bundle; each grammar is a further chunk, fetched when a block first uses it.
 */
import { createHighlighterCore, type GrammarState, type HighlighterCore, type ThemedToken } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { bundledLanguagesInfo } from 'shiki/langs';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';

import type { CodeTheme, CodeToken, TokenizedLines, Tokenizer } from './tokenizer';

const THEMES: Record<CodeTheme, string> = { light: 'github-light', dark: 'github-dark' };

/** Language names and aliases (`ts`, `py`, `sh`, …) to the grammar that serves them. */
const byName = new Map<string, (typeof bundledLanguagesInfo)[number]>();
for (const info of bundledLanguagesInfo) {
  byName.set(info.id, info);
  for (const alias of info.aliases ?? []) byName.set(alias, info);
}

function toTokens(lines: ThemedToken[][]): CodeToken[][] {
  return lines.map((line) => line.map((token) => ({ content: token.content, color: token.color, fontStyle: token.fontStyle })));
}

export async function createTokenizer(): Promise<Tokenizer> {
  // No WASM: Shiki's JavaScript engine runs the grammars' regexes as JS regexes. `forgiving`
  // skips the few patterns it cannot translate instead of failing the whole grammar.
  const core: HighlighterCore = await createHighlighterCore({
    themes: [githubLight, githubDark],
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  const loading = new Map<string, Promise<string | undefined>>();

  return {
    load(language) {
      const info = byName.get(language.toLowerCase());
      if (!info) return Promise.resolve(undefined);
      let pending = loading.get(info.id);
      if (!pending) {
        pending = core.loadLanguage(info.import).then(
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
      return { lines: toTokens(themed), state: core.getLastGrammarState(themed) };
    },
  };
}
