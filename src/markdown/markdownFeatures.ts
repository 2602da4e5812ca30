'use client';

import { createContext, type ElementType } from 'react';

import type { ImagePolicy } from './imagePolicy';

/** What the Markdown component tells the renderers of its elements. */
export interface MarkdownFeatures {
  /** Render `$…$`, `$$…$$`, `\(…\)` and `\[…\]` with KaTeX. */
  math: boolean;
  /** Colour fenced code by language. */
  highlight: boolean;
  /** Draw ```mermaid fences as diagrams (default true). */
  diagrams?: boolean;
  /** The text is still arriving. */
  streaming?: boolean;
  /** The app's own `components.code`, if any: used for non-math code, and code blocks are then left to it. */
  code?: ElementType;
  /** The app's own `components.pre`, if any: it replaces code blocks (formulas stay ours). */
  pre?: ElementType;
  /** The app's image policy, if any (then `img` renders as MarkdownImage). */
  images?: ImagePolicy;
  /** The app's own `components.img`, if any: used for the images the policy lets load. */
  img?: ElementType;
}

export const MarkdownFeaturesContext = createContext<MarkdownFeatures>({ math: true, highlight: true });
