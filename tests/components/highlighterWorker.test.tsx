import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { configureHighlighter, Markdown } from '../../src';
import { createTokenizer } from '../../src/components/CodeBlock/shikiHighlighter';

/**
 * A stand-in for `new Worker(...)` that speaks the worker's protocol with the real highlighter
 * in-process (jsdom has no workers), answering asynchronously like a worker would.
 */
class FakeWorker {
  static messages: string[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private tokenizer = createTokenizer();
  private states = new Map<number, unknown>();
  private next = 1;
  postMessage(data: { id: number; type: string; language?: string; code?: string; languageId?: string; theme?: 'light' | 'dark'; state?: number }) {
    FakeWorker.messages.push(data.type);
    setTimeout(async () => {
      const tokenizer = await this.tokenizer;
      let result: unknown = true;
      if (data.type === 'load') result = await tokenizer.load(data.language!);
      if (data.type === 'tokenize') {
        const out = tokenizer.tokenize(data.code!, data.languageId!, data.theme!, data.state === undefined ? undefined : this.states.get(data.state));
        const id = this.next++;
        this.states.set(id, out.state);
        result = { lines: out.lines, state: id };
      }
      this.onmessage?.({ data: { id: data.id, result } } as MessageEvent);
    }, 0);
  }
  terminate() {}
}

describe('highlighting in a worker (configureHighlighter)', () => {
  it('tokenizes through the configured worker and colours the code', async () => {
    let started = 0;
    configureHighlighter({
      worker: () => {
        started += 1;
        return new FakeWorker() as unknown as Worker;
      },
    });
    render(<Markdown>{'```ts\nconst a = 1;\nconst b = 2;\n```\n\n```py\nx = 1\n```'}</Markdown>);
    await waitFor(() => expect(document.querySelectorAll('pre[data-highlighted="true"]')).toHaveLength(2));
    const keyword = [...document.querySelectorAll<HTMLElement>('pre code span[style]')].find((s) => s.textContent === 'const');
    expect(keyword?.style.color).toBe('rgb(215, 58, 73)');
    expect(started).toBe(1);
    expect(FakeWorker.messages).toEqual(expect.arrayContaining(['ready', 'load', 'tokenize']));
  });
});
