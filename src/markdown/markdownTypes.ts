import type { Element } from 'hast';
import type { ComponentType, JSX } from 'react';
import type { PluggableList } from 'unified';

/** What a replacement component receives besides the element's own props: the hast node it renders. */
export interface ExtraProps {
  node?: Element;
}

/**
 * Replacements for HTML elements, keyed by tag name: a component (which gets the element's props,
 * its children and `node`) or another tag name. The same shape as react-markdown's `components`.
 */
export type Components = {
  [Key in keyof JSX.IntrinsicElements]?: ComponentType<JSX.IntrinsicElements[Key] & ExtraProps> | keyof JSX.IntrinsicElements;
};

/** unified plugins, as remark and rehype plugins are written (`[plugin]` or `[[plugin, options]]`). */
export type PluginList = PluggableList;
