import { memo, useMemo } from 'react';
import ReactMarkdown, { type Components, type Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';

export interface MarkdownProps {
  children: string;
  className?: string;
  /** Replace how elements render (e.g. `a`, `code`). */
  components?: Components;
  remarkPlugins?: Options['remarkPlugins'];
  rehypePlugins?: Options['rehypePlugins'];
}

/**
 * Renders markdown safely: GFM on, raw HTML shown as text (never parsed into DOM), and link and
 * image URLs filtered by react-markdown's default transform (no `javascript:` and the like).
 */
export const Markdown = memo(function Markdown({
  children,
  className,
  components,
  remarkPlugins,
  rehypePlugins,
}: MarkdownProps) {
  const plugins = useMemo(() => [remarkGfm, ...(remarkPlugins ?? [])], [remarkPlugins]);
  return (
    <div className={className}>
      <ReactMarkdown remarkPlugins={plugins} rehypePlugins={rehypePlugins} components={components} skipHtml={false}>
        {children}
      </ReactMarkdown>
    </div>
  );
});
