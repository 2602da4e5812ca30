import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

import type { HtmlCleaner } from './markdownToHast';

/**
 * GitHub's schema, minus anything that can run code or embed a page, with fewer URL schemes, and
 * with the classes the math renderer reads kept on `code`. GFM task boxes stay (the schema allows
 * only disabled checkboxes).
 */
export const htmlSchema: Schema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['iframe', 'script', 'style'].includes(tag)),
  attributes: {
    ...defaultSchema.attributes,
    code: [['className', /^language-./, 'math-inline', 'math-display', 'math-pending']],
  },
};

/** Raw HTML in the tree parsed into elements, then cleaned (loaded on first use of `allowHtml`). */
export const cleanHtml: HtmlCleaner = (tree) => sanitize(raw(tree), htmlSchema) as Root;
