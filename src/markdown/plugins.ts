import type { ComponentProps, ComponentType, ReactNode } from 'react';

import type { ExtraProps } from './markdownTypes';
import type { OnDemand } from './onDemand';
import type { MathSupport } from './parse/markdownToHast';

/** What a markdown `pre` renderer receives: the element's props and its hast node. */
export type PreProps = ComponentProps<'pre'> & ExtraProps;

export interface FormulaProps {
  /** The TeX source, without delimiters. */
  tex: string;
  /** A display formula (`$$…$$`) rather than one in a line of text. */
  display?: boolean;
  /** The formula has not finished arriving: show its source as text, do not render it yet. */
  pending?: boolean;
}

/**
 * Formulas, as `math/` gives them to the renderer: a parser loaded on demand (only once a text may
 * hold a formula) and the component that typesets one.
 */
export interface MathPlugin {
  parser: OnDemand<MathSupport>;
  /** Whether a text may hold a formula; the parser is loaded only for such a text. */
  mayHaveMath: (text: string) => boolean;
  Formula: ComponentType<FormulaProps>;
}

/** Fenced code, as `code/` gives it to the renderer: the component that shows one block. */
export interface CodePlugin {
  Block: ComponentType<PreProps>;
}

export interface DiagramProps {
  /** The fence's text. */
  source: string;
  /** The fence has not closed yet: show the source, do not draw. */
  pending: boolean;
  /** The fence as a code block, for while it streams, for "Show source", and when it cannot be drawn. */
  code: ReactNode;
}

/** Diagrams in fences (```mermaid), as `mermaid/` gives them to the renderer. */
export interface DiagramPlugin {
  /** The fence languages it draws. */
  languages: ReadonlySet<string>;
  Block: ComponentType<DiagramProps>;
}
