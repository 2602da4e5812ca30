import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Extension as TreeExtension } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { combineExtensions } from 'micromark-util-combine-extensions';
import type { Extension as SyntaxExtension } from 'micromark-util-types';

import type { SyntaxSupport, SyntaxSelection } from './markdownToHast';

interface Part {
  syntax: SyntaxExtension;
  tree: TreeExtension;
  /**
   * What every text the part can match contains. Only parts the parser tries at every position
   * (a table at every line, an autolink at every word) or that post-process every span
   * (strikethrough) have one: leaving them out of a text that cannot use them is a faster parse
   * of the same tree. The others are keyed on a character and cost nothing where it is absent.
   */
  hint?: (source: string) => boolean;
}

/**
 * An inline link's destination, `[text](url)` (its text kept): it is never searched for autolinks,
 * so a text whose only `://` is there needs no autolink part. Only the form that is surely a link
 * counts: its `[` not escaped and not right after `]` (a reference); in the text no brackets, caret
 * (a footnote call), line break, or start of what binds tighter than a link (a code span's
 * backtick, a formula's `$`, an HTML tag's `<`); in the URL no spaces, parentheses or angle
 * brackets; in neither a backslash or a table cell's `|`.
 */
const LINK_DESTINATION = /(?<![\\\]])(\[[^[\]\\\n^|<`$]*\])\([^()\s\\<>|]*\)/g;
const AUTOLINK = /@|:\/\/|www\./i;

/** GitHub-flavoured markdown in GFM's own order (the order decides which construct wins). */
const PARTS: Part[] = [
  {
    syntax: gfmAutolinkLiteral(),
    tree: gfmAutolinkLiteralFromMarkdown(),
    hint: (source) => AUTOLINK.test(source) && AUTOLINK.test(source.replace(LINK_DESTINATION, '$1')),
  },
  { syntax: gfmFootnote(), tree: gfmFootnoteFromMarkdown() },
  { syntax: gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown(), hint: (source) => source.includes('~') },
  // A table has a pipe, or (one column) a delimiter row with a colon: `-:`. A row of dashes
  // alone under a line is a heading.
  { syntax: gfmTable(), tree: gfmTableFromMarkdown(), hint: (source) => /\||:-|-:/.test(source) },
  { syntax: gfmTaskListItem(), tree: gfmTaskListItemFromMarkdown() },
];

/** One selection per set of parts, its syntax combined once (the parser combines it with CommonMark's on every call). */
const selections = new Map<number, SyntaxSelection>();

/**
 * GitHub-flavoured markdown (autolinks, footnotes, strikethrough, tables, task lists) for parsing
 * only: remark-gfm also registers the markdown serializer, which a renderer never uses. Its own
 * chunk, loaded when a text first uses GFM syntax.
 */
export const gfmSupport: SyntaxSupport = {
  select(source) {
    let mask = 0;
    for (let index = 0; index < PARTS.length; index += 1) {
      const hint = PARTS[index].hint;
      if (!hint || hint(source)) mask |= 1 << index;
    }
    let selection = selections.get(mask);
    if (!selection) {
      const parts = PARTS.filter((_, index) => mask & (1 << index));
      selection = { syntax: [combineExtensions(parts.map((part) => part.syntax))], trees: parts.map((part) => part.tree) };
      selections.set(mask, selection);
    }
    return selection;
  },
};
