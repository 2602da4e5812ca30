import { useEffect, useSyncExternalStore } from 'react';

import type { MathSupport } from '../Markdown/markdownToHast';

let loaded: MathSupport | undefined;
let loading: Promise<MathSupport> | undefined;
const listeners = new Set<() => void>();

/** Loads the math parser once per page. */
export function loadMathSupport(): Promise<MathSupport> {
  loading ??= import('./mathSupport').then(({ mathSupport }) => {
    loaded = mathSupport;
    listeners.forEach((listener) => listener());
    return mathSupport;
  });
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getLoaded = () => loaded;
// The server and a hydrating client both render formulas as text, so the markup always matches.
const getServerSnapshot = () => undefined;

/** Text that may hold a formula: `$`, `\(` or `\[`. */
const MAY_HAVE_MATH = /\$|\\[([]/;

/**
 * The math parser when `text` may hold a formula, loaded on first need (until then, and while
 * server rendering or hydrating, formulas show as the text they are written as).
 */
export function useMathSupport(enabled: boolean, text: string): MathSupport | undefined {
  const support = useSyncExternalStore(subscribe, getLoaded, getServerSnapshot);
  const wanted = enabled && support === undefined && MAY_HAVE_MATH.test(text);
  useEffect(() => {
    if (wanted) loadMathSupport().catch(() => undefined);
  }, [wanted]);
  return enabled ? support : undefined;
}
