import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { Markdown, ProChat, createMessage } from '../../src';
import { splitBlocks } from '../../src/markdown/parse/splitBlocks';
import { loadKatex } from '../../src/markdown/math/katex';
import { normalizeMathDelimiters } from '../../src/markdown/parse/mathDelimiters';

// KaTeX's stylesheet is a module the app's bundler ships; here we only see that it was asked for.
const stylesheet = vi.hoisted(() => ({ requested: 0 }));
vi.mock('katex/dist/katex.min.css', () => {
  stylesheet.requested += 1;
  return {};
});

const formulas = () => [...document.querySelectorAll<HTMLElement>('[data-part="math"]')];
const rendered = () => formulas().filter((f) => f.dataset.state === 'rendered');

describe('math', () => {
  it('renders $…$, $$…$$, \\(…\\) and \\[…\\] with KaTeX, its stylesheet loaded with it', async () => {
    render(
      <Markdown>
        {
          'Inline $a^2+b^2=c^2$ and \\(e^{i\\pi}+1=0\\).\n\n$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$\n\n\\[\n\\sum_{n=1}^{\\infty} \\frac{1}{n^2}\n\\]\n\n$$E = mc^2$$\n'
        }
      </Markdown>,
    );
    await waitFor(() => expect(rendered()).toHaveLength(5));
    const [inline1, inline2, display1, display2, display3] = formulas();
    expect(inline1.tagName).toBe('SPAN');
    expect(inline2.tagName).toBe('SPAN');
    for (const display of [display1, display2, display3]) {
      expect(display.tagName).toBe('DIV');
      expect(display.querySelector('.katex-display')).not.toBeNull();
    }
    expect(inline1.querySelector('.katex annotation')?.textContent).toBe('a^2+b^2=c^2');
    expect(display2.querySelector('annotation')?.textContent).toBe('\\sum_{n=1}^{\\infty} \\frac{1}{n^2}');
    expect(document.querySelector('.katex-error')).toBeNull();
    expect(stylesheet.requested).toBe(1);
  });

  it('leaves dollar amounts, code and escaped dollars as text', async () => {
    await act(() => loadKatex());
    render(<Markdown>{'It costs $5 and $10, or $ 3 $.\n\n`\\(x\\)` and `$y$`\n\n```\n\\[z\\] $w$\n```\n\n\\$not math\\$'}</Markdown>);
    expect(formulas()).toHaveLength(0);
    expect(screen.getByText(/It costs \$5 and \$10, or \$ 3 \$\./)).toBeInTheDocument();
    expect(screen.getByText('\\(x\\)').tagName).toBe('CODE');
    expect(screen.getByText('$y$').tagName).toBe('CODE');
    expect(document.querySelector('pre code')?.textContent).toBe('\\[z\\] $w$\n');
    expect(screen.getByText('$not math$')).toBeInTheDocument();
  });

  it('a formula still arriving shows as plain text, never as an error, and renders once it closes', async () => {
    await act(() => loadKatex());
    const { rerender } = render(<Markdown streaming>{'Area:\n\n$$\n\\frac{\\pi r'}</Markdown>);
    let [formula] = formulas();
    expect(formula.dataset.state).toBe('pending');
    expect(formula.textContent).toBe('\\frac{\\pi r');
    expect(document.querySelector('.katex, .katex-error')).toBeNull();
    rerender(<Markdown streaming>{'Area:\n\n$$\n\\frac{\\pi r^2}{2}\n'}</Markdown>);
    expect(formulas()[0].dataset.state).toBe('pending');
    rerender(<Markdown streaming>{'Area:\n\n$$\n\\frac{\\pi r^2}{2}\n$$'}</Markdown>);
    [formula] = formulas();
    expect(formula.dataset.state).toBe('rendered');
    expect(formula.querySelector('.katex-display')).not.toBeNull();
    // Inline: an unclosed $ is just text until its closing $ arrives.
    rerender(<Markdown streaming>{'Then $x^2 +'}</Markdown>);
    expect(formulas()).toHaveLength(0);
    expect(screen.getByText('Then $x^2 +')).toBeInTheDocument();
    rerender(<Markdown streaming>{'Then $x^2 + 1$'}</Markdown>);
    expect(rendered()).toHaveLength(1);
  });

  it('a ```math fence is a display formula (its source while it is still arriving), code with math off', async () => {
    await act(() => loadKatex());
    const fence = 'Area:\n\n```math\n\\frac{\\pi r^2}{2}\n```\n';
    const { rerender } = render(<Markdown streaming>{fence}</Markdown>);
    expect(formulas()).toHaveLength(1);
    expect(formulas()[0].dataset.state).toBe('pending');
    expect(formulas()[0].textContent).toBe('\\frac{\\pi r^2}{2}');
    rerender(<Markdown streaming>{`${fence}\nand more`}</Markdown>);
    expect(formulas()[0].dataset.state).toBe('rendered');
    expect(formulas()[0].querySelector('.katex-display annotation')?.textContent).toBe('\\frac{\\pi r^2}{2}');
    expect(document.querySelector('[data-part="code-block"]')).toBeNull();
    rerender(<Markdown math={false}>{fence}</Markdown>);
    expect(formulas()).toHaveLength(0);
    expect(document.querySelector('[data-part="code-block"]')).toHaveAttribute('data-language', 'math');
  });

  it('an invalid formula stays as its source with the error as tooltip; no KaTeX error box', async () => {
    await act(() => loadKatex());
    render(<Markdown>{'Bad: $\\frac{1}{$ and $\\notacommand{x}$'}</Markdown>);
    expect(formulas().map((f) => f.dataset.state)).toEqual(['error', 'error']);
    expect(formulas()[0].textContent).toBe('\\frac{1}{');
    expect(formulas()[0].getAttribute('title')).toMatch(/KaTeX parse error/);
    expect(document.querySelector('.katex-error')).toBeNull();
  });

  it('formulas cannot make links, classes or huge output (trust off, limits on)', async () => {
    await act(() => loadKatex());
    render(
      <Markdown>
        {'$\\href{javascript:alert(1)}{x}$ $\\url{javascript:alert(2)}$ $\\htmlClass{evil}{x}$ $\\rule{99999em}{99999em}$'}
      </Markdown>,
    );
    expect(document.querySelector('a, [href]')).toBeNull();
    expect(document.querySelector('.evil')).toBeNull();
    // The commands show as (red) text; the URL survives only as the formula's source annotation.
    expect(formulas()[0].querySelector('.katex-html')?.textContent).not.toMatch(/javascript/);
    const rule = formulas()[3];
    expect(rule.querySelector('.rule')?.getAttribute('style') ?? '').not.toMatch(/99999/);
  });

  it('math={false} leaves dollar signs and \\( \\) as written; pending $$ blocks stay in one streaming block', async () => {
    await act(() => loadKatex());
    render(<Markdown math={false}>{'Plain $x$ here.'}</Markdown>);
    expect(formulas()).toHaveLength(0);
    expect(screen.getByText('Plain $x$ here.')).toBeInTheDocument();
    // A blank line inside $$ … $$ does not cut the formula into two blocks.
    expect(splitBlocks('a\n\n$$\nx\n\ny\n$$\n\nb')).toEqual(['a\n\n', '$$\nx\n\ny\n$$\n\n', 'b']);
  });

  it('ProChat: a reply with math renders formulas; markdownProps.math=false turns it off', async () => {
    const reply = createMessage({ id: 'r', role: 'assistant', content: 'So $x = 1$.' });
    const { unmount } = render(<ProChat initialChats={[reply]} />);
    await waitFor(() => expect(rendered()).toHaveLength(1));
    unmount();
    render(<ProChat initialChats={[reply]} markdownProps={{ math: false }} />);
    expect(formulas()).toHaveLength(0);
    expect(screen.getByText('So $x = 1$.')).toBeInTheDocument();
  });

  it('review cases: quoted $$ blocks close, inline $$ with spaces is math, pending text keeps its first line, an app pre keeps formulas ours', async () => {
    await act(() => loadKatex());
    render(<Markdown>{'> $$\n> x^2\n> $$\n\nwhere $$ a+b $$ holds, and > costs $5 and\n> $10'}</Markdown>);
    expect(formulas().map((f) => f.dataset.state)).toEqual(['rendered', 'rendered']);
    expect(document.body.textContent).not.toContain('> $10');
    document.body.innerHTML = '';
    const { rerender } = render(<Markdown streaming>{'$$x^2 + '}</Markdown>);
    expect(formulas()[0].dataset.state).toBe('pending');
    expect(formulas()[0].textContent).toBe('x^2 +');
    rerender(
      <Markdown components={{ pre: ({ children }) => <pre data-mine="yes">{children}</pre> }}>
        {'$$\nE=mc^2\n$$\n\n```\ncode\n```'}
      </Markdown>,
    );
    expect(formulas()).toHaveLength(1);
    expect(formulas()[0].dataset.state).toBe('rendered');
    expect(document.querySelectorAll('pre[data-mine="yes"]')).toHaveLength(1);
  });

  it('review cases: \\( (an escaped backslash) and CRLF tilde fences are left as written', () => {
    expect(normalizeMathDelimiters('a \\\\(x\\\\) b')).toBe('a \\\\(x\\\\) b');
    expect(normalizeMathDelimiters('~~~\r\n\\(x\\)\r\n~~~')).toBe('~~~\r\n\\(x\\)\r\n~~~');
    expect(normalizeMathDelimiters('so \\(x\\) here')).toBe('so $x$ here');
  });

  it('review cases: a fence opened on a list item or in a quote keeps its blank lines in one block', () => {
    expect(splitBlocks('- $$\n  a\n  $$\n\n$$\nx\n\ny\n$$\n\nz')).toEqual(['- $$\n  a\n  $$\n\n', '$$\nx\n\ny\n$$\n\n', 'z']);
    expect(splitBlocks('1. ```\n   a\n   ```\n\n```\nx\n\ny\n```\n\nz')).toEqual(['1. ```\n   a\n   ```\n\n', '```\nx\n\ny\n```\n\n', 'z']);
  });
});
