import { useContext } from 'react';

import { MarkdownFeaturesContext } from './markdownFeatures';
import { codeClassesOf, textOf } from './parse/hastText';
import type { PreProps } from './plugins';

/**
 * The markdown renderer's `pre`. A `$$` formula, or a ```math fence with math on, is a display
 * formula (as GitHub and rehype-katex show it; while the fence is the block still arriving, its
 * source shows as text). Any other block goes to the app's `components.pre` if it gave one, else
 * to the code plugin's block.
 */
export function MarkdownPre(props: PreProps) {
  const features = useContext(MarkdownFeaturesContext);
  const { Formula, CodeBlock, pre: Custom } = features;
  const classes = codeClassesOf(props.node);
  if (Formula && classes.includes('math-display'))
    return <Formula display tex={textOf(props.node).replace(/\n$/, '')} pending={classes.includes('math-pending')} />;
  if (Formula && features.math && classes.includes('language-math'))
    return <Formula display tex={textOf(props.node).replace(/\n$/, '')} pending={Boolean(features.streaming)} />;
  if (Custom) return <Custom {...props} />;
  if (CodeBlock) return <CodeBlock {...props} />;
  const { node: _node, ...pre } = props;
  return <pre {...pre} />;
}
