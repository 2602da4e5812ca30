import { act, render } from '@testing-library/react';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { beforeAll, describe, expect, it } from 'vitest';

import { CodeBlock, Markdown, preloadMarkdown } from '../../src';
import { InlineCode } from '../../src/markdown/InlineCode';
import { normalizeMathDelimiters } from '../../src/markdown/parse/mathDelimiters';
import { remarkMathParse } from '../../src/markdown/parse/remarkMathParse';
import { remarkHtmlAsText } from '../../src/markdown/parse/remarkHtmlAsText';
import { repairTail } from '../../src/markdown/parse/repairTail';
import { safeUrl } from '../../src/markdown/parse/safeUrl';
import { splitBlocks } from '../../src/markdown/parse/splitBlocks';

/** Markdown a model writes, with the constructs that are easy to get wrong when split. */
const CORPUS: Record<string, string> = {
  'paragraphs and headings': '# Title\n\nFirst paragraph\nwith a soft break.\n\n## Sub\n\nSecond *para* with **bold** and `code`.\n',
  'setext headings': 'Big title\n=========\n\nSmaller\n-------\n\nText after.\n\n===\n',
  'code fence with blank lines': 'Before\n\n```ts\nconst a = 1;\n\n\nconst b = 2;\n```\n\nAfter\n',
  'tilde fence and longer fences': '~~~\nA\n\n```\nnot a close\n~~~\n\n````md\n```\ninner\n```\n\n````\n\nend',
  'fence inside a list': '1. Step one\n\n   ```bash\n   npm install\n\n   npm test\n   ```\n\n2. Step two\n\nAfter the list.\n',
  'loose and nested lists':
    '- a\n\n- b\n  - b1\n\n  - b2\n\n    deep paragraph\n\n- c\n\nText\n\n* other\n* list\n\n1) one\n2) two\n\n3) three\n',
  'paragraph then a loose list': 'Steps:\n1. first\n\n2. second\n\n3. third\n\nDone.\n\nIntro\n- a\n\n- b\n# Heading\n\n- c\n',
  'nested quotes': '> quote\n> > nested\n> > still\n>\n> back\n\n> second quote\n\nplain\n',
  table: '| a | b |\n| --- | :-: |\n| 1 | **2** |\n| x | [y](https://y.example) |\n\nafter table\n',
  footnotes: 'Claim[^1] and another[^note].\n\nMore text.\n\n[^1]: First source.\n[^note]: Second source.\n',
  'reference links':
    'See [the docs][docs] and [this][].\n\nLater paragraph.\n\n[docs]: https://example.com/docs\n[this]: https://example.com/this "Title"\n',
  'html-looking text':
    'Use <b>bold</b> and <script>alert(1)</script> inline.\n\n<div>\nblock html\n</div>\n\n<!-- comment\n\nstill comment -->\n\nafter\n',
  cjk: '中文段落，包含**加粗**和`代码`。\n\n- 列表一\n- 列表二\n\n> 引用的中文\n\n日本語の文章です。한국어 문장.\n',
  'long single line': `${'word '.repeat(3000)}end\n\nnext`,
  'indented code': 'Para\n\n    indented code\n\n    more code\n\nAfter\n',
  'thematic breaks and task lists': 'a\n\n---\n\n- [ ] todo\n- [x] done\n\n***\n\nb',
  'crlf line ends': 'One\r\n\r\n- a\r\n- b\r\n\r\n```\r\ncode\r\n\r\nmore\r\n```\r\n\r\nTwo',
  math: 'Euler $e^{i\\pi}+1=0$ costs $5 and $10.\n\n$$\n\\int_0^1 x\\,dx\n\n= \\frac12\n$$\n\nAlso \\(a\\) and\n\n\\[\nb^2\n\\]\n\n$$c$$\n\n- $d$ in a list\n',
  'tables without outer pipes, and pipe-less look-alikes':
    'a | b\n- | :-\n1 | 2\n\nc\n:-:\n\nd\n---\n\n| one |\n| --- |\n| 1 |\n\ne\n-:\nf\n',
  tildes: '~one~ ~~two~~ ~~~three~~~ a~b and ~~not\n\nclosed~~ here\n\n~~~\nfenced\n~~~\n',
  'strikethrough and autolinks': '~~gone~~ and https://example.com and <https://x.example>\n\nwww.example.com',
  'e-mail and upper-case autolinks':
    'Write to someone@example.com or mailto:me@example.org.\n\nWWW.EXAMPLE.COM and HTTPS://X.EXAMPLE/a\n\nno link here: example.com\n',
};

function fullParse(text: string): string {
  const { container } = render(
    <div>
      <ReactMarkdown
        components={{ pre: CodeBlock, code: InlineCode }}
        remarkPlugins={[remarkGfm, remarkMathParse, remarkHtmlAsText]}
        urlTransform={(url, key, node) => safeUrl(url, node.tagName === 'img' || key === 'src' ? 'image' : 'link')}
      >
        {normalizeMathDelimiters(text)}
      </ReactMarkdown>
    </div>,
  );
  const html = container.innerHTML;
  container.remove();
  return html;
}

function incremental(text: string): string {
  const { container } = render(<Markdown>{text}</Markdown>);
  const html = container.innerHTML;
  container.remove();
  return html;
}

describe('incremental markdown', () => {
  // The counting test passes a remark plugin; its runner must be there from the first render.
  beforeAll(() => preloadMarkdown());

  for (const [name, text] of Object.entries(CORPUS)) {
    it(`renders the same DOM as a full parse: ${name}`, () => {
      expect(incremental(text)).toBe(fullParse(text));
    });
  }

  it('splits where it is safe and keeps documents with cross references whole', () => {
    expect(splitBlocks('# A\n\nb\n\n- c\n- d\n\n```\nx\n\ny\n```\n')).toEqual(['# A\n\n', 'b\n\n', '- c\n- d\n\n', '```\nx\n\ny\n```\n']);
    expect(splitBlocks('- a\n\n- b\n\n  more\n\nend')).toEqual(['- a\n\n- b\n\n  more\n\n', 'end']);
    expect(splitBlocks(CORPUS.footnotes)).toHaveLength(1);
    expect(splitBlocks(CORPUS['reference links'])).toHaveLength(1);
    expect(splitBlocks(CORPUS['long single line'])).toHaveLength(2);
  });

  it('while streaming, only the last block is parsed again; the final DOM equals a full parse', () => {
    // Counts the characters each parse reads.
    let parsed = 0;
    const counter = () => (_tree: unknown, file: { value: unknown }) => {
      parsed += String(file.value).length;
    };
    const text = Object.entries(CORPUS)
      // Not the documents kept whole, nor the 15,000-character paragraph (one block stays one block).
      .filter(([name]) => !['footnotes', 'reference links', 'html-looking text', 'crlf line ends', 'long single line'].includes(name))
      .map(([, t]) => t)
      .join('\n\n')
      .repeat(4);
    const blocks = splitBlocks(text).length;
    expect(blocks).toBeGreaterThan(100);
    const plugins = [counter];
    const { container, rerender } = render(
      <Markdown streaming remarkPlugins={plugins}>
        {''}
      </Markdown>,
    );
    const step = 31;
    let wholeEachTime = 0;
    for (let end = step; end < text.length + step; end += step) {
      wholeEachTime += Math.min(end, text.length);
      act(() =>
        rerender(
          <Markdown streaming remarkPlugins={plugins}>
            {text.slice(0, end)}
          </Markdown>,
        ),
      );
    }
    // Parsing the whole text on every update reads `wholeEachTime` characters; block-wise it is
    // the tail per update plus each finished block about once.
    expect(parsed).toBeGreaterThan(text.length); // the plugin saw every block
    expect(parsed).toBeLessThan(wholeEachTime / 10);
    expect(parsed).toBeLessThan(text.length * 6);
    act(() => rerender(<Markdown remarkPlugins={plugins}>{text}</Markdown>));
    expect(container.innerHTML).toBe(fullParse(text));
  });

  it('unfinished markdown does not flash raw syntax', () => {
    const shown = (text: string) => {
      const { container } = render(<Markdown streaming>{text}</Markdown>);
      const out = { html: container.innerHTML, text: container.textContent };
      container.remove();
      return out;
    };
    expect(shown('Some **bold te').html).toContain('<strong>bold te</strong>');
    expect(shown('Some **').text).toBe('Some');
    expect(shown('Call `fetch(').html).toContain('<code>fetch(</code>');
    expect(shown('Read [the guide](https://exa').text).toBe('Read the guide');
    expect(shown('Read [the guide](https://exa').html).not.toContain('href');
    expect(shown('A picture ![chart](https://img.example/ch').html).not.toContain('<img');
    expect(shown('```js\nconst s = "**";\n').html).toContain('const s = "**";');
    expect(shown('an *ital').html).toContain('<em>ital</em>');
    // Finished text is rendered as written.
    const { container } = render(<Markdown>{'Some **bold te'}</Markdown>);
    expect(container.textContent).toBe('Some **bold te');
    expect(repairTail('2 * 3 = 6')).toBe('2 * 3 = 6');
  });
});
