import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Processor } from 'unified';

interface ParserData {
  micromarkExtensions?: unknown[];
  fromMarkdownExtensions?: unknown[];
}

/**
 * GitHub-flavoured markdown (tables, task lists, strikethrough, autolinks, footnotes) for parsing
 * only. remark-gfm also registers the markdown serializer, which a renderer never uses and which
 * would add about a fifth to the bundle's markdown code.
 */
export function remarkGfmParse(this: Processor): void {
  const data = this.data() as ParserData;
  (data.micromarkExtensions ??= []).push(gfm());
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}
