import type { MathSupport } from './markdownToHast';
import { normalizeMathDelimiters } from './mathDelimiters';
import { adjustMath, mathSyntax, mathTree } from './remarkMathParse';

/** Math parsing for the markdown renderer (its own chunk, loaded when a reply has `$`, `\(` or `\[`). */
export const mathSupport: MathSupport = {
  syntax: mathSyntax,
  tree: mathTree,
  adjust: adjustMath,
  normalize: normalizeMathDelimiters,
};
