import type { ElementContent, Nodes } from 'hast';

/** The text inside a hast node (a code block's code, a formula's TeX). */
export function textOf(node: Nodes | ElementContent | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The classes of the `code` element inside a `pre` (`language-ts`, `math-display`, …). */
export function codeClassesOf(pre: Nodes | undefined): string[] {
  if (!pre || !('children' in pre)) return [];
  const code = pre.children.find((child) => child.type === 'element' && child.tagName === 'code');
  const classes: unknown = code?.type === 'element' ? code.properties.className : undefined;
  const list: unknown[] = Array.isArray(classes) ? classes : typeof classes === 'string' ? classes.split(' ') : [];
  return list.filter((c): c is string => typeof c === 'string');
}

/** The fence's language (`ts` from ```ts), from the code element's `language-…` class. */
export function languageOf(pre: Nodes | undefined): string | undefined {
  const found = codeClassesOf(pre).find((c) => c.startsWith('language-'));
  return found?.slice('language-'.length) || undefined;
}
