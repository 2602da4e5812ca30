import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

import type { SyntaxSupport } from './markdownToHast';

const withoutAutolinks: SyntaxSupport = {
  syntax: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()],
  trees: [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()],
};

/**
 * GitHub-flavoured markdown (autolinks, footnotes, strikethrough, tables, task lists) for parsing
 * only, in GFM's own order: remark-gfm also registers the markdown serializer, which a renderer
 * never uses. Its own chunk, loaded when a text first uses GFM syntax.
 */
export const gfmSupport: SyntaxSupport = {
  syntax: [gfmAutolinkLiteral(), ...withoutAutolinks.syntax],
  trees: [gfmAutolinkLiteralFromMarkdown(), ...withoutAutolinks.trees],
  withoutAutolinks,
};
