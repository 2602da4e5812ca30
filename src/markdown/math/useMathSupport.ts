import { onDemand } from '../onDemand';

/** The math parser, its own chunk. */
export const mathParser = onDemand(() => import('../parse/mathSupport').then((module) => module.mathSupport));

/** Text that may hold a formula: `$`, `\(` or `\[`. */
const MAY_HAVE_MATH = /\$|\\[([]/;

/**
 * The math parser when enabled, loaded when a text first may hold a formula (until then formulas
 * show as the text they are written as).
 */
export function useMathSupport(enabled: boolean, text: string) {
  return mathParser.use(enabled, () => MAY_HAVE_MATH.test(text));
}
