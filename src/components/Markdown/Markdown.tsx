import { Fragment, memo, useEffect, useMemo, useState } from 'react';
import ReactMarkdown, { type Components, type Options, type UrlTransform } from 'react-markdown';
import { MarkdownPre } from '../CodeBlock/CodeBlock';
import { normalizeMathDelimiters } from '../Math/mathDelimiters';
import { remarkMathParse } from '../Math/remarkMathParse';
import { InlineCode } from './InlineCode';
import { MarkdownFeaturesContext, type MarkdownFeatures } from './markdownFeatures';
import { remarkGfmParse } from './remarkGfmParse';

import { remarkHtmlAsText } from './remarkHtmlAsText';
import { repairTail } from './repairTail';
import { safeUrl } from './safeUrl';
import { splitBlocks } from './splitBlocks';

export interface MarkdownProps {
  children: string;
  className?: string;
  /** Replace how elements render (e.g. `a`, `code`). They receive already-filtered URLs. */
  components?: Components;
  remarkPlugins?: Options['remarkPlugins'];
  rehypePlugins?: Options['rehypePlugins'];
  /**
   * Render raw HTML in the markdown, cleaned by rehype-sanitize with a strict schema (no scripts,
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
   * Render `$…$`, `$$…$$`, `\(…\)` and `\[…\]` as formulas with KaTeX, loaded with its stylesheet
   * when the first formula appears. Default true; false leaves dollar signs as text.
   */
  math?: boolean;
  /**
   * Colour fenced code by its language with Shiki, loaded (with only the grammars used) when the
   * first code block appears. Default true; false shows code plain.
   */
  highlight?: boolean;
}

interface BlockProps {
  text: string;
  remarkPlugins: NonNullable<Options['remarkPlugins']>;
  rehypePlugins: NonNullable<Options['rehypePlugins']>;
  components?: Components;
  math: boolean;
}

/** One top-level block; a finished block's text no longer changes, so it is not parsed again. */
const MarkdownBlock = memo(function MarkdownBlock({ text, remarkPlugins, rehypePlugins, components, math }: BlockProps) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components} urlTransform={urlTransform}>
      {math ? normalizeMathDelimiters(text) : text}
    </ReactMarkdown>
  );
});

const urlTransform: UrlTransform = (url, key, node) => safeUrl(url, node.tagName === 'img' || key === 'src' ? 'image' : 'link');

type Plugins = NonNullable<Options['rehypePlugins']>;
let htmlPlugins: Promise<Plugins> | undefined;

/** rehype-raw then rehype-sanitize (GitHub's schema, minus anything that can run code). */
function loadHtmlPlugins(): Promise<Plugins> {
  htmlPlugins ??= Promise.all([import('rehype-raw'), import('rehype-sanitize')]).then(([raw, sanitize]) => {
    const schema = {
      ...sanitize.defaultSchema,
      protocols: {
        href: ['http', 'https', 'mailto'],
        src: ['http', 'https'],
        cite: ['http', 'https'],
      },
      tagNames: (sanitize.defaultSchema.tagNames ?? []).filter((t) => !['input', 'iframe', 'script', 'style'].includes(t)),
    };
    return [raw.default, [sanitize.default, schema]] as Plugins;
  });
  return htmlPlugins;
}

function useHtmlPlugins(enabled: boolean): Plugins | undefined {
  const [plugins, setPlugins] = useState<Plugins>();
  useEffect(() => {
    if (!enabled || plugins) return undefined;
    let live = true;
    loadHtmlPlugins().then(
      (loaded) => live && setPlugins(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled, plugins]);
  return enabled ? plugins : undefined;
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
}: MarkdownProps) {
  const html = useHtmlPlugins(allowHtml);
  const remark = useMemo(
    () => [remarkGfmParse, ...(math ? [remarkMathParse] : []), ...(html ? [] : [remarkHtmlAsText]), ...(remarkPlugins ?? [])],
    [remarkPlugins, html, math],
  );
  const rehype = useMemo(() => [...(html ?? []), ...(rehypePlugins ?? [])], [html, rehypePlugins]);
  // Code blocks get a header with the language and a Copy button unless the app renders `pre`;
  // `code` stays ours (it renders inline math) and hands everything else to the app's `code`.
  const merged = useMemo(() => ({ ...components, pre: MarkdownPre, code: InlineCode }), [components]);
  const userCode = components?.code;
  const userPre = components?.pre;
  const features = useMemo<MarkdownFeatures>(
    () => ({ math, highlight, streaming: false, code: userCode, pre: userPre }),
    [math, highlight, userCode, userPre],
  );
  // Only the last block is still arriving; the others are final even while the reply streams.
  const tailFeatures = useMemo<MarkdownFeatures>(() => ({ ...features, streaming }), [features, streaming]);
  const blocks = splitBlocks(children);
  const last = blocks.length - 1;
  return (
    <>
      <div className={className}>
        {blocks.map((block, index) => (
          <Fragment key={index}>
            {/* A whole-document parse puts a newline between top-level blocks; so do we. */}
            {index > 0 && '\n'}
            <MarkdownFeaturesContext.Provider value={index === last ? tailFeatures : features}>
              <MarkdownBlock
                text={streaming && index === last ? repairTail(block) : block}
                remarkPlugins={remark}
                rehypePlugins={rehype}
                components={merged}
                math={math}
              />
            </MarkdownFeaturesContext.Provider>
          </Fragment>
        ))}
      </div>
    </>
  );
});
