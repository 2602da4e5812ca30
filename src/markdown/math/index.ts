import type { MathPlugin } from '../plugins';
import { onDemand } from '../onDemand';
import { MathFormula } from './MathFormula';

/** Text that may hold a formula: `$`, `\(` or `\[`. */
const MAY_HAVE_MATH = /\$|\\[([]/;

/** Formulas for the renderer: the math parser is its own chunk, KaTeX loads with the first formula. */
export const mathPlugin: MathPlugin = {
  parser: onDemand(() => import('../parse/mathSupport').then((module) => module.mathSupport)),
  mayHaveMath: (text) => MAY_HAVE_MATH.test(text),
  Formula: MathFormula,
};
