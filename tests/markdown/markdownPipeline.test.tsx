import { render, screen, waitFor } from '@testing-library/react';
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, Text } from 'mdast';
import ReactMarkdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';

import { Markdown, preloadMarkdown, type MarkdownComponents, type PluginList } from '../../src';
import { hastToReact } from '../../src/markdown/hastToReact';
import { htmlSchema } from '../../src/markdown/parse/htmlCleaner';
import { remarkHtmlAsText } from '../../src/markdown/parse/remarkHtmlAsText';
import { safeUrl } from '../../src/markdown/parse/safeUrl';

/** A remark plugin that shouts every text node. */
const remarkShout = () => (tree: MdastRoot) => {
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'text') (node as Text).value = (node as Text).value.toUpperCase();
    node.children?.forEach((child) => visit(child as { type: string }));
  };
  visit(tree);
};

/** A rehype plugin that marks every paragraph with a class, a data attribute and a style string. */
const rehypeMark = () => (tree: HastRoot) => {
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'p') {
        child.properties = {
          ...child.properties,
          className: ['marked', 'p'],
          dataKind: 'para',
          style: 'color: red; -webkit-line-clamp: 2; background-image: url("data:image/png;base64,AAAA")',
        };
      }
      // Built by hand with HTML attribute names, as some plugins do.
      if (child.tagName === 'code') child.properties = { class: 'hand-made', tabindex: '0' };
      visit(child);
    }
  };
  visit(tree);
};

const remarkPlugins: PluginList = [remarkShout];
const rehypePlugins: PluginList = [rehypeMark];

describe('markdown pipeline', () => {
  // First in this file: nothing is loaded yet.
  it('GFM loads when a text first uses it: a table shows as text for a moment, then as a table', async () => {
    const { container } = render(<Markdown>{'Results:\n\n| a | b |\n| - | - |\n| 1 | ~~2~~ |\n\nSee https://x.example'}</Markdown>);
    expect(container.querySelector('table')).toBeNull();
    expect(container).toHaveTextContent('| a | b |');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(container.querySelector('del')).toHaveTextContent('2');
    expect(container.querySelector('a[href="https://x.example"]')).toHaveTextContent('https://x.example');
    expect(container).not.toHaveTextContent('|');
  });

  it("an app's remark and rehype plugins apply once their runner has loaded, without a reload", async () => {
    const { container } = render(
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins}>
        {'hello *world* `x`'}
      </Markdown>,
    );
    // The runner loads on first use; meanwhile the text shows as plain text, never as markdown
    // rendered without the app's plugins (they may be what filters it).
    expect(container).toHaveTextContent('hello *world* `x`');
    expect(container.querySelector('em')).toBeNull();
    expect(await screen.findByText('HELLO')).toBeInTheDocument();
    const p = container.querySelector('p')!;
    expect(p.className).toBe('marked p');
    expect(p.getAttribute('data-kind')).toBe('para');
    expect(p.style.color).toBe('red');
    expect(p.style.getPropertyValue('-webkit-line-clamp')).toBe('2');
    expect(p.style.backgroundImage).toContain('data:image/png;base64,AAAA');
    expect(container.querySelector('em')).toHaveTextContent('WORLD');
    const code = container.querySelector('code')!;
    expect(code.className).toBe('hand-made');
    expect(code.tabIndex).toBe(0);
  });

  it('plugins that add syntax (remark-gfm registering itself again) still parse once, as react-markdown does', async () => {
    await preloadMarkdown();
    const text = '| a | b |\n| - | :-: |\n| 1 | ~~2~~ |\n\nhttps://x.example and [^1]\n\n[^1]: note';
    const { container } = render(<Markdown remarkPlugins={[remarkGfm]}>{text}</Markdown>);
    const { container: expected } = render(
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkGfm, remarkHtmlAsText]}
        urlTransform={(url, key, node) => safeUrl(url, node.tagName === 'img' || key === 'src' ? 'image' : 'link')}
      >
        {text}
      </ReactMarkdown>,
    );
    expect(container.querySelector('th')?.getAttribute('style')).toBeNull();
    expect(container.querySelectorAll('th')[1].style.textAlign).toBe('center');
    expect(container.innerHTML).toBe(`<div>${expected.innerHTML}</div>`);
  });

  it('allowHtml renders what react-markdown renders with rehype-raw and rehype-sanitize under the same schema', async () => {
    await preloadMarkdown();
    const samples = [
      'Use <b>bold</b>, <kbd>Ctrl</kbd> and <sup>2</sup>.',
      '<details open><summary>More</summary>\n\nHidden *text*\n\n</details>',
      '<table><tr><td colspan="2" align="right">cell</td></tr></table>',
      '<a href="https://ok.example" title="t" rel="nofollow" data-x="1" aria-label="go">ok</a> <img src="https://i.example/a.png" alt="a" width="10">',
      '<p id="x" class="a b" style="color:red" onclick="alert(1)">styled</p><!-- c --><script>alert(1)</script>',
    ];
    for (const text of samples) {
      const { container } = render(<Markdown allowHtml>{text}</Markdown>);
      const { container: expected } = render(
        <ReactMarkdown
          rehypePlugins={[rehypeRaw, [rehypeSanitize, htmlSchema]]}
          remarkPlugins={[remarkGfm]}
          urlTransform={(url, key, node) => safeUrl(url, node.tagName === 'img' || key === 'src' ? 'image' : 'link')}
        >
          {text}
        </ReactMarkdown>,
      );
      expect(container.innerHTML).toBe(`<div>${expected.innerHTML}</div>`);
    }
  });

  it('allowHtml keeps task boxes (disabled) and formulas', async () => {
    await preloadMarkdown();
    const { container } = render(<Markdown allowHtml>{'- [x] done\n- [ ] todo\n\nArea $\\pi r^2$ is <b>bold</b>'}</Markdown>);
    const boxes = container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect(boxes).toHaveLength(2);
    expect(boxes[0].checked).toBe(true);
    expect([...boxes].every((box) => box.disabled)).toBe(true);
    expect(container.querySelector('b')).toHaveTextContent('bold');
    await waitFor(() => expect(container.querySelector('[data-part="math"][data-state="rendered"]')).not.toBeNull());
  });

  it('hastToReact: components replace elements by tag (a component gets the node, a tag name renames), whitespace leaves tables', () => {
    const seen: string[] = [];
    const components: MarkdownComponents = {
      em: 'strong',
      a: ({ node, children, ...props }) => {
        seen.push(node?.tagName ?? '');
        return (
          <a {...props} data-custom="">
            {children}
          </a>
        );
      },
    };
    const tree: HastRoot = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: 'x' }] },
        {
          type: 'element',
          tagName: 'a',
          properties: { href: '/y', ariaDescribedBy: ['d'], dataFootnoteRef: true },
          children: [{ type: 'text', value: 'y' }],
        },
        {
          type: 'element',
          tagName: 'table',
          properties: {},
          children: [
            { type: 'text', value: '\n' },
            {
              type: 'element',
              tagName: 'tbody',
              properties: {},
              children: [
                { type: 'text', value: '\n' },
                {
                  type: 'element',
                  tagName: 'tr',
                  properties: {},
                  children: [{ type: 'element', tagName: 'td', properties: { align: 'left' }, children: [{ type: 'text', value: 'z' }] }],
                },
              ],
            },
          ],
        },
        { type: 'comment', value: 'gone' },
      ],
    };
    const { container } = render(<div>{hastToReact(tree, components)}</div>);
    expect(container.innerHTML).toBe(
      '<div><strong>x</strong><a href="/y" aria-describedby="d" data-footnote-ref="true" data-custom="">y</a>' +
        '<table><tbody><tr><td style="text-align: left;">z</td></tr></tbody></table></div>',
    );
    expect(seen).toEqual(['a']);
  });
});
