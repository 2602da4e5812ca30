import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { configureHighlighter, Markdown } from '../../src';
import { createTokenizer } from '../../src/markdown/code/shikiHighlighter';

/**
 * A stand-in for `new Worker(...)` that speaks the worker's protocol with the real highlighter
 * in-process (jsdom has no workers), answering asynchronously like a worker would.
 */
class FakeWorker {
  static messages: string[] = [];
  static live: FakeWorker | undefined;
  /** Called when a tokenize request is posted, before the worker starts on it. */
  static onTokenize: (() => void) | undefined;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private tokenizer = createTokenizer();
  states = new Map<number, unknown>();
  constructor() {
    FakeWorker.live = this;
  }
  private next = 1;
  postMessage(data: {
    id: number;
    type: string;
    language?: string;
    code?: string;
    languageId?: string;
    theme?: 'light' | 'dark';
    state?: number;
    keep?: boolean;
  }) {
    FakeWorker.messages.push(data.type);
    if (data.type === 'release') {
      this.states.delete(data.state!);
      return;
    }
    if (data.type === 'tokenize') FakeWorker.onTokenize?.();
    setTimeout(async () => {
      const tokenizer = await this.tokenizer;
      let result: unknown = true;
      if (data.type === 'load') result = await tokenizer.load(data.language!);
      if (data.type === 'tokenize') {
        const out = tokenizer.tokenize(
          data.code!,
          data.languageId!,
          data.theme!,
          data.state === undefined ? undefined : this.states.get(data.state),
        );
        let id: number | undefined;
        if (data.keep !== false) {
          id = this.next++;
          this.states.set(id, out.state);
        }
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

  it('asks the worker for a language once, however many passes and blocks use it', async () => {
    const before = FakeWorker.messages.filter((m) => m === 'load').length;
    const lines = Array.from({ length: 80 }, (_, i) => `let l${i} = ${i};`).join('\n');
    render(<Markdown>{`\`\`\`rust\n${lines}\n\`\`\`\n\n\`\`\`rust\nfn main() {}\n\`\`\``}</Markdown>);
    await waitFor(() => expect(document.querySelectorAll('pre[data-highlighted="true"]')).toHaveLength(2));
    await waitFor(() => expect(document.querySelectorAll('pre code span[style]').length).toBeGreaterThan(80));
    // Four tokenizing steps for the long block, one for the short one: one load.
    expect(FakeWorker.messages.filter((m) => m === 'tokenize').length).toBeGreaterThanOrEqual(5);
    expect(FakeWorker.messages.filter((m) => m === 'load').length - before).toBe(1);
  });

  it('keeps only the grammar states still needed in the worker: one per block, none after unmount', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => `let v${i} = ${i};`).join('\n');
    const { unmount } = render(<Markdown>{`\`\`\`js\n${lines}\n\`\`\`\n\n\`\`\`ts\nconst x = 1;\nconst y = 2;\n\`\`\``}</Markdown>);
    await waitFor(() => expect(document.querySelectorAll('pre[data-highlighted="true"]')).toHaveLength(2));
    await waitFor(() => expect(document.querySelectorAll('pre code span[style]').length).toBeGreaterThan(80));
    // 80 lines took four steps, yet only the latest state of each block is kept.
    expect(FakeWorker.live!.states.size).toBe(2);
    unmount();
    await waitFor(() => expect(FakeWorker.live!.states.size).toBe(0));
  });

  it('a block unmounted while the worker is colouring it leaves no grammar state behind', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `let w${i} = ${i};`).join('\n');
    let unmountNow: (() => void) | undefined;
    let requests = 0;
    FakeWorker.onTokenize = () => {
      requests += 1;
      // Unmount after the second step is posted and before the worker answers it.
      if (requests === 2) setTimeout(() => unmountNow?.(), 0);
    };
    const { unmount } = render(<Markdown>{`\`\`\`js\n${lines}\n\`\`\``}</Markdown>);
    unmountNow = unmount;
    await waitFor(() => expect(requests).toBeGreaterThanOrEqual(2));
    await waitFor(() => expect(document.querySelector('pre')).toBeNull());
    // The answer to the step in flight arrives after the unmount; its state must not stay.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await waitFor(() => expect(FakeWorker.live!.states.size).toBe(0));
    FakeWorker.onTokenize = undefined;
  });
});
