import type { KatexOptions } from 'katex';

interface Katex {
  renderToString(tex: string, options?: KatexOptions): string;
}

let loading: Promise<Katex> | undefined;
let loaded: Katex | undefined;

/**
 * KaTeX and its stylesheet, fetched together the first time a formula appears (two on-demand
 * chunks; a page without math never requests them). The stylesheet is imported as a module, so
 * the app's bundler ships it and its fonts; nothing to import by hand.
 */
export function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([module]) => {
    loaded = (module as { default?: Katex }).default ?? (module as unknown as Katex);
    return loaded;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** KaTeX if it has already loaded (so a formula mounted later renders at once, without a flash). */
export const katexIfLoaded = (): Katex | undefined => loaded;

export type MathResult = { html: string } | { error: string };

const rendered = new Map<string, MathResult>();
const RENDERED_LIMIT = 500;

/**
 * A formula as KaTeX HTML. `trust: false` keeps `\href`, `\url`, `\htmlClass` and friends from
 * producing links or attributes; the size and macro-expansion limits stop a hostile formula from
 * hanging the page. An invalid formula gives its error instead of KaTeX's red error box.
 */
export function renderMath(katex: Katex, tex: string, display: boolean): MathResult {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let result = rendered.get(key);
  if (!result) {
    try {
      result = {
        html: katex.renderToString(tex, {
          displayMode: display,
          throwOnError: true,
          trust: false,
          strict: 'ignore',
          maxSize: 50,
          maxExpand: 1000,
          output: 'htmlAndMathml',
        }),
      };
    } catch (error) {
      result = {
        error: error instanceof Error ? error.message : String(error),
      };
    }
    rendered.set(key, result);
    if (rendered.size > RENDERED_LIMIT) rendered.delete(rendered.keys().next().value as string);
  }
  return result;
}
