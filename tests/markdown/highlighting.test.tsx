import { act, render, screen, waitFor } from '@testing-library/react';
import { ConfigProvider, theme } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { Markdown } from '../../src';
import { loadTokenizer } from '../../src/markdown/code/tokenizer';
import { streamingFrameScheduler } from '../../src/core/framePacer';

// Wraps Shiki's factory to count highlighters and see which grammars were loaded.
const created = vi.hoisted(() => [] as Array<{ getLoadedLanguages(): string[] }>);
vi.mock('shiki/core', async (importOriginal) => {
  const original = await importOriginal<typeof import('shiki/core')>();
  return {
    ...original,
    createHighlighterCore: async (...args: Parameters<typeof original.createHighlighterCore>) => {
      const core = await original.createHighlighterCore(...args);
      created.push(core);
      return core;
    },
  };
});

const pre = () => document.querySelector<HTMLElement>('[data-part="code-block"] pre')!;
const colouredSpans = (root: Element) => [...root.querySelectorAll<HTMLElement>('code span[style]')];
const colourOf = (root: Element, text: string) => colouredSpans(root).find((span) => span.textContent === text)?.style.color;

describe('code highlighting', () => {
  it('colours a block once its grammar has loaded, keeping the exact text; one highlighter for the page, only the grammars used', async () => {
    render(
      <Markdown>{'```ts\nconst answer: number = 42; // the answer\n```\n\nand\n\n```python\ndef f(x):\n    return x\n```\n'}</Markdown>,
    );
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-part="code-block"] pre')];
    expect(blocks).toHaveLength(2);
    // Plain first.
    expect(colouredSpans(blocks[0])).toHaveLength(0);
    expect(blocks[0].textContent).toBe('const answer: number = 42; // the answer\n');
    await waitFor(() => expect(blocks.every((block) => block.dataset.highlighted === 'true')).toBe(true));
    expect(blocks[0].textContent).toBe('const answer: number = 42; // the answer\n');
    expect(blocks[1].textContent).toBe('def f(x):\n    return x\n');
    // github-light: keywords red, comments grey.
    expect(colourOf(blocks[0], 'const')).toBe('rgb(215, 58, 73)');
    expect(colourOf(blocks[0], '// the answer')).toBe('rgb(106, 115, 125)');
    expect(colourOf(blocks[1], 'def')).toBe('rgb(215, 58, 73)');
    expect(created).toHaveLength(1);
    const loaded = created[0].getLoadedLanguages();
    expect(loaded).toEqual(expect.arrayContaining(['typescript', 'python']));
    expect(loaded).not.toContain('rust');
    expect(loaded).not.toContain('java');
  });

  it('while a block streams, shows new colours in an animation frame, with the streamed text, not in a render of their own', async () => {
    let queue: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => queue.push(cb));
    const caf = vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
    try {
      const tokenizer = await loadTokenizer();
      const tokenize = vi.spyOn(tokenizer, 'tokenize');
      render(<Markdown streaming>{'```ts\nconst framed = 1;\nconst'}</Markdown>);
      await waitFor(() => expect(tokenize).toHaveBeenCalled());
      await act(async () => {
        await tokenize.mock.results[0].value;
      });
      // The tokenizer has answered; the colours wait for the next frame.
      expect(queue.length).toBeGreaterThan(0);
      expect(pre().dataset.highlighted).toBeUndefined();
      const run = queue;
      queue = [];
      act(() => run.forEach((cb) => cb(performance.now() + 1e6)));
      expect(pre().dataset.highlighted).toBe('true');
      expect(colourOf(pre(), 'const')).toBe('rgb(215, 58, 73)');
    } finally {
      raf.mockRestore();
      caf.mockRestore();
      vi.restoreAllMocks();
    }
  });

  it('colouring waits while streaming renders are overloaded, at most a second a step, and goes on once they are not', async () => {
    const tokenizer = await loadTokenizer();
    const tokenize = vi.spyOn(tokenizer, 'tokenize');
    const overloaded = vi.spyOn(streamingFrameScheduler, 'overloaded').mockReturnValue(true);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const first = render(<Markdown>{'```ts\nconst waits = 1;\n```\n'}</Markdown>);
      await act(() => vi.advanceTimersByTimeAsync(900));
      expect(tokenize).not.toHaveBeenCalled();
      expect(pre().dataset.highlighted).toBeUndefined();
      // However long the overload, a step waits a second at most.
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(tokenize).toHaveBeenCalled();
      first.unmount();
      tokenize.mockClear();
      render(<Markdown>{'```ts\nconst resumes = 2;\n```\n'}</Markdown>);
      await act(() => vi.advanceTimersByTimeAsync(300));
      expect(tokenize).not.toHaveBeenCalled();
      overloaded.mockReturnValue(false);
      await act(() => vi.advanceTimersByTimeAsync(100));
      expect(tokenize).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
      overloaded.mockRestore();
      tokenize.mockRestore();
    }
    await waitFor(() => expect(pre().dataset.highlighted).toBe('true'));
  });

  it('follows a dark antd theme', async () => {
    render(
      <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
        <Markdown>{'```js\nconst dark = true;\n```'}</Markdown>
      </ConfigProvider>,
    );
    await waitFor(() => expect(pre().dataset.highlighted).toBe('true'));
    // github-dark's keyword colour.
    expect(colourOf(pre(), 'const')).toBe('rgb(249, 117, 131)');
  });

  it('leaves an unknown language, and code with highlight off, plain', async () => {
    const tokenizer = await loadTokenizer();
    render(
      <>
        <Markdown>{'```no-such-language\nlet x = 1\n```'}</Markdown>
        <Markdown highlight={false}>{'```ts\nlet y = 2\n```'}</Markdown>
      </>,
    );
    await act(async () => {
      await tokenizer.load('no-such-language');
      await tokenizer.load('ts');
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-part="code-block"] pre')];
    for (const block of blocks) {
      expect(block.dataset.highlighted).toBeUndefined();
      expect(colouredSpans(block)).toHaveLength(0);
    }
    expect(blocks[0].textContent).toBe('let x = 1\n');
  });

  it('while a block streams: never re-mounted, each line coloured once the next starts, finished lines not tokenized again', async () => {
    const tokenizer = await loadTokenizer();
    const tokenize = vi.spyOn(tokenizer, 'tokenize');
    const lines = Array.from({ length: 12 }, (_, i) => `let value${i} = ${i} + 1; // line ${i}`);
    const { rerender } = render(<Markdown streaming>{'```ts\n'}</Markdown>);
    const element = pre();
    const colouredLets = () => colouredSpans(pre()).filter((s) => s.textContent === 'let').length;
    let text = '```ts\n';
    for (const [index, line] of lines.entries()) {
      for (const piece of [line.slice(0, 9), `${line.slice(9)}\n`]) {
        text += piece;
        rerender(<Markdown streaming>{text}</Markdown>);
        // Every line before the one arriving is coloured; the arriving one is plain.
        await waitFor(() => expect(colouredLets()).toBe(index));
        expect(pre()).toBe(element);
      }
    }
    const code = `${lines.join('\n')}\n`;
    // Done: the last line is coloured too.
    rerender(<Markdown>{`${text}\`\`\`\n`}</Markdown>);
    await waitFor(() => expect(colouredLets()).toBe(12));
    expect(pre()).toBe(element);
    expect(pre().textContent).toBe(code);
    // Each line is tokenized once (the last one when the block is done); never again.
    const chunks = tokenize.mock.calls.map(([chunk]) => chunk);
    for (const line of lines) expect(chunks.filter((chunk) => chunk.split('\n').includes(line))).toHaveLength(1);
    expect(chunks.join('\n')).toBe(lines.join('\n'));
    tokenize.mockRestore();
  });

  it('a 5,000-line block is coloured in slices, the page getting the thread back in between', async () => {
    const tokenizer = await loadTokenizer();
    const tokenize = vi.spyOn(tokenizer, 'tokenize');
    const source = Array.from({ length: 5000 }, (_, i) => `const v${i} = "s${i}"; // ${i}`).join('\n');
    render(<Markdown>{`\`\`\`js\n${source}\n\`\`\`\n`}</Markdown>);
    // The last coloured token so far, polled as the colours spread down the block.
    const seen: string[] = [];
    await waitFor(
      () => {
        const groups = [...(pre().querySelector('code')?.children ?? [])];
        const last = groups.reverse().find((group) => group.lastElementChild)?.lastElementChild?.textContent ?? '';
        seen.push(last);
        expect(last).toBe('// 4999');
      },
      { timeout: 20_000, interval: 20 },
    );
    expect(pre().textContent).toBe(`${source}\n`);
    expect(colourOf(pre(), 'v4999')).toBe('rgb(0, 92, 197)');
    // Seen part-way: some lines coloured, the rest not yet.
    expect(seen.some((last) => /^\/\/ \d+$/.test(last) && last !== '// 4999')).toBe(true);
    // No single step tokenizes more than 25 lines.
    expect(Math.max(...tokenize.mock.calls.map(([chunk]) => chunk.split('\n').length))).toBeLessThanOrEqual(25);
    tokenize.mockRestore();
  }, 30_000);

  it('components.code given by the app renders the code, uncoloured; components.pre replaces the block', async () => {
    const tokenizer = await loadTokenizer();
    render(
      <Markdown components={{ code: ({ children }) => <code data-mine="yes">{children}</code> }}>{'```ts\nconst mine = 1\n```'}</Markdown>,
    );
    await act(async () => {
      await tokenizer.load('ts');
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(screen.getByText('const mine = 1')).toHaveAttribute('data-mine', 'yes');
    expect(pre().dataset.highlighted).toBeUndefined();
  });

  it('CRLF code: every line is coloured and the text is unchanged', async () => {
    const source = '```js\r\nconst a = 1;\r\nconst b = 2;\r\nconst c = 3;\r\n```\r\n';
    const plain = render(<Markdown highlight={false}>{source}</Markdown>);
    const expected = plain.container.querySelector('pre code')?.textContent;
    expect(expected).toContain('\r');
    plain.unmount();
    render(<Markdown>{source}</Markdown>);
    await waitFor(() => expect(pre().dataset.highlighted).toBe('true'));
    await waitFor(() => expect(colouredSpans(pre()).filter((s) => s.textContent === 'const')).toHaveLength(3));
    expect(pre().querySelector('code')?.textContent).toBe(expected);
  });
});
