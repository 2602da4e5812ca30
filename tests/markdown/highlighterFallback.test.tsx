import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { configureHighlighter, Markdown } from '../../src';

/** A worker that fails to start, as with a blocked or missing worker script. */
class BrokenWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Partial<ErrorEvent> & { preventDefault(): void }) => void) | null = null;
  postMessage() {
    setTimeout(() => this.onerror?.({ message: 'Failed to load worker script', preventDefault() {} }), 0);
  }
  terminate() {}
}

describe('highlighting when the worker cannot start', () => {
  it('falls back to the main thread: code is still coloured', async () => {
    let started = 0;
    configureHighlighter({
      worker: () => {
        started += 1;
        return new BrokenWorker() as unknown as Worker;
      },
    });
    render(<Markdown>{'```js\nlet fallback = true;\n```'}</Markdown>);
    await waitFor(() => expect(document.querySelector('pre[data-highlighted="true"]')).not.toBeNull());
    const keyword = [...document.querySelectorAll<HTMLElement>('pre code span[style]')].find((s) => s.textContent === 'let');
    expect(keyword?.style.color).toBe('rgb(215, 58, 73)');
    expect(started).toBe(1);
  });
});
