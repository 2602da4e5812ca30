import { useContext, type ComponentProps } from 'react';
import type { ExtraProps } from './markdownTypes';

import { MathFormula } from './math/MathFormula';
import { MarkdownFeaturesContext } from './markdownFeatures';

function hasClass(className: string | undefined, name: string): boolean {
  return typeof className === 'string' && className.split(' ').includes(name);
}

/**
 * The markdown renderer's `code`: inline math (`$…$`) as a formula, anything else by the app's
 * `components.code` if it gave one, else as a plain `code` element.
 */
export function InlineCode(props: ComponentProps<'code'> & ExtraProps) {
  const features = useContext(MarkdownFeaturesContext);
  if (hasClass(props.className, 'math-inline')) return <MathFormula tex={String(props.children ?? '')} />;
  const { node, ...rest } = props;
  const Custom = features.code;
  return Custom ? <Custom {...props} /> : <code {...rest} />;
}
