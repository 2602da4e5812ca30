'use client';

import { useContext, type ComponentProps } from 'react';

import { mathPlugin } from './math';
import { MarkdownFeaturesContext } from './markdownFeatures';
import type { ExtraProps } from './markdownTypes';

function hasClass(className: string | undefined, name: string): boolean {
  return typeof className === 'string' && className.split(' ').includes(name);
}

const { Formula } = mathPlugin;

/**
 * The markdown renderer's `code`: inline math (`$…$`) as a formula, anything else by the app's
 * `components.code` if it gave one, else as a plain `code` element.
 */
export function InlineCode(props: ComponentProps<'code'> & ExtraProps) {
  const features = useContext(MarkdownFeaturesContext);
  if (hasClass(props.className, 'math-inline')) return <Formula tex={String(props.children ?? '')} />;
  const { node, ...rest } = props;
  const Custom = features.code;
  return Custom ? <Custom {...props} /> : <code {...rest} />;
}
