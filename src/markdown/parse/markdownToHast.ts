import type { Element, Nodes, Root as HastRoot } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import type { Root as MdastRoot } from 'mdast';
import { fromMarkdown, type Extension as TreeExtension } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import type { Extension as SyntaxExtension } from 'micromark-util-types';

import { codeFenceToHast } from './codeFenceToHast';
import { htmlAsText } from './remarkHtmlAsText';
import { safeUrl } from './safeUrl';

/** Raw HTML parsed and sanitized (loaded on first use of `allowHtml`). */
export type HtmlCleaner = (tree: HastRoot) => HastRoot;

/** The app's remark and rehype plugins, run by unified (loaded when an app passes plugins). */
export interface PluginRun {
  syntax: SyntaxExtension[];
  trees: TreeExtension[];
  /** Runs the remark plugins' transforms, then (after mdast → hast) the rehype plugins'. */
  remark(tree: MdastRoot, source: string): { tree: MdastRoot; rehype(tree: HastRoot): HastRoot };
}

/** `$` math: syntax, tree builder, the adjustments of remarkMathParse, `\(`/`\[` rewriting (its own chunk). */
export interface MathSupport {
  syntax: SyntaxExtension;
  tree: TreeExtension;
  adjust(tree: MdastRoot, source: string): void;
  normalize(text: string): string;
}

/** The syntax extensions a text is parsed with, and the mdast builders for what they parse. */
export interface SyntaxSelection {
  syntax: SyntaxExtension[];
  trees: TreeExtension[];
}

/** Syntax beyond CommonMark (GFM): the extensions a text may use, by what it contains. */
export interface SyntaxSupport {
  select(source: string): SyntaxSelection;
}

const NO_SYNTAX: SyntaxSelection = { syntax: [], trees: [] };

export interface MarkdownToHastOptions {
  /** GFM (its own chunk); without it the text is parsed as CommonMark. */
  gfm?: SyntaxSupport;
  math?: MathSupport;
  html?: HtmlCleaner;
  plugins?: PluginRun;
}

function urlKind(key: string, node: Element): 'image' | 'link' {
  return node.tagName === 'img' || key === 'src' ? 'image' : 'link';
}

/** Link and image URLs limited to safe schemes; raw HTML left over (no `allowHtml`) becomes text. */
function secure(parent: HastRoot | Element): void {
  const children = parent.children;
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index] as Nodes;
    if (node.type === 'raw') {
      children[index] = { type: 'text', value: node.value };
    } else if (node.type === 'element') {
      for (const key of Object.keys(node.properties)) {
        const test = Object.hasOwn(urlAttributes, key) ? urlAttributes[key] : undefined;
        if (test === undefined || (test !== null && !test.includes(node.tagName))) continue;
        node.properties[key] = safeUrl(String(node.properties[key] ?? ''), urlKind(key, node));
      }
      secure(node);
    }
  }
}

/**
 * One markdown block to hast, without unified: micromark with GFM (and math), the math and
 * HTML-as-text adjustments, mdast → hast, the HTML sanitizer when on, the app's plugins when given,
 * then safe URLs. The same tree react-markdown builds with those plugins.
 */
export function markdownToHast(source: string, options: MarkdownToHastOptions): HastRoot {
  // A block that is one fenced code block (streaming or done): the same tree, without the parser
  // (the app's plugins and the HTML sanitizer may change any tree, so they always get the parsed one).
  return (!options.html && !options.plugins && codeFenceToHast(source)) || parseToHast(source, options);
}

/** markdownToHast, always through the parser. */
export function parseToHast(source: string, { gfm, math, html, plugins }: MarkdownToHastOptions): HastRoot {
  if (math) source = math.normalize(source);
  // Math is keyed on `$`: a text without one has no formula to parse or adjust.
  if (math && !source.includes('$')) math = undefined;
  let { syntax, trees } = gfm?.select(source) ?? NO_SYNTAX;
  if (math) {
    syntax = [...syntax, math.syntax];
    trees = [...trees, math.tree];
  }
  let mdast = fromMarkdown(source, {
    extensions: plugins ? [...syntax, ...plugins.syntax] : syntax,
    mdastExtensions: plugins ? [...trees, ...plugins.trees] : trees,
  });
  if (math) math.adjust(mdast, source);
  if (!html) htmlAsText(mdast);
  const ran = plugins?.remark(mdast, source);
  if (ran) mdast = ran.tree;
  let hast = toHast(mdast, { allowDangerousHtml: true }) as HastRoot;
  if (html) hast = html(hast);
  if (ran) hast = ran.rehype(hast);
  secure(hast);
  return hast;
}
