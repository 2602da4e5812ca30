'use client';

import { useContext } from 'react';

import { codePlugin } from './code';
import { mathPlugin } from './math';
import { diagramPlugin } from './mermaid';
import { MarkdownFeaturesContext, type MarkdownFeatures } from './markdownFeatures';
import { codeClassesOf, languageOf, textOf } from './parse/hastText';
import type { PreProps } from './plugins';

const { Formula } = mathPlugin;
const { Block: CodeBlock } = codePlugin;
const { Block: Diagram } = diagramPlugin;

/** A `$$` formula, or a ```math fence with math on (as GitHub and rehype-katex show it). */
function isFormula(classes: string[], features: MarkdownFeatures): boolean {
  return classes.includes('math-display') || (features.math && classes.includes('language-math'));
}

/**
 * A fenced block as ProChat shows it: a display formula for `$$…$$` and ```math (while such a fence
 * is the block still arriving, its source shows as text), a diagram for ```mermaid (once the fence
 * has closed), else a code block (language name, Copy, colours). Exported as `CodeBlock`, for `markdownProps.components.pre` in an app's own layouts.
 */
export function FencedBlock(props: PreProps) {
  const features = useContext(MarkdownFeaturesContext);
  const classes = codeClassesOf(props.node);
  if (!isFormula(classes, features)) {
    const language = languageOf(props.node);
    if (features.diagrams !== false && language && diagramPlugin.languages.has(language)) {
      // The code block is handed over as a node: the diagram shows it while the fence streams.
      return (
        <Diagram source={textOf(props.node).replace(/\n$/, '')} pending={Boolean(features.streaming)} code={<CodeBlock {...props} />} />
      );
    }
    return <CodeBlock {...props} />;
  }
  const tex = textOf(props.node).replace(/\n$/, '');
  const pending = classes.includes('math-display') ? classes.includes('math-pending') : Boolean(features.streaming);
  return <Formula display tex={tex} pending={pending} />;
}

/**
 * The markdown renderer's `pre`: formulas stay ours; other blocks go to the app's `components.pre`
 * if it gave one, else to FencedBlock.
 */
export function MarkdownPre(props: PreProps) {
  const features = useContext(MarkdownFeaturesContext);
  const Custom = features.pre;
  if (!Custom || isFormula(codeClassesOf(props.node), features)) return <FencedBlock {...props} />;
  return <Custom {...props} />;
}
