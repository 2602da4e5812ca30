import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

import type { HtmlCleaner } from './markdownToHast';

// GitHub's schema, minus anything that can run code or take input.
export const htmlSchema: Schema = {
  ...defaultSchema,
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'iframe', 'script', 'style'].includes(tag)),
};

/** Raw HTML in the tree parsed into elements, then cleaned (loaded on first use of `allowHtml`). */
export const cleanHtml: HtmlCleaner = (tree) => sanitize(raw(tree), htmlSchema) as Root;
