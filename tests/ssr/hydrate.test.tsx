import { act, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

import { createMessage, ProChat } from '../../src';

const chats = [
  createMessage({ id: 'u', role: 'user', content: 'Hydrate **me**', createdAt: 0 }),
  createMessage({ id: 'a', role: 'assistant', content: 'Hydrated answer', parentId: 'u', createdAt: 0 }),
];

describe('hydration', () => {
  it('hydrates server HTML without mismatch warnings', async () => {
    const app = <ProChat request={() => 'ok'} initialChats={chats} helloMessage="Hi" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(app);
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    let root!: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      root = hydrateRoot(container, app, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    // jsdom has no layout, so antd's autosizing textarea computes a NaN height there; that
    // warning is about jsdom, not hydration. Anything else is a failure.
    const real = errors.mock.calls.filter((call) => !String(call[0]).includes('is an invalid value for the'));
    expect(real).toEqual([]);
    expect(container.querySelector('[role="log"]')).toHaveTextContent('Hydrated answer');
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });

  it('a formula and a code block hydrate plain even when KaTeX and the colours are already loaded, then render', async () => {
    const { Markdown } = await import('../../src');
    const { loadKatex } = await import('../../src/markdown/math/katex');
    const text = 'So $x^2$ and ~~this~~:\n\n```js\nconst hydrated = 1;\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
    // The server's HTML: no KaTeX, no colours there.
    const html = renderToString(<Markdown>{text}</Markdown>);
    // In the browser, KaTeX and this block's colours are loaded before this part hydrates.
    await act(() => loadKatex());
    const warm = document.createElement('div');
    document.body.appendChild(warm);
    const { createRoot } = await import('react-dom/client');
    const root = createRoot(warm);
    await act(async () => root.render(<Markdown>{text}</Markdown>));
    await waitFor(() => expect(warm.querySelector('pre[data-highlighted="true"]')).not.toBeNull());
    // The GFM and math parsers, loaded on demand by that render, do not count for hydration.
    await waitFor(() => expect(warm.querySelector('table')).not.toBeNull());
    act(() => root.unmount());
    warm.remove();

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    let hydrated!: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      hydrated = hydrateRoot(container, <Markdown>{text}</Markdown>, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors.mock.calls.filter((call) => /hydrat|did not match/i.test(String(call[0])))).toEqual([]);
    errors.mockRestore();
    // After hydration the formula and the colours come in.
    await waitFor(() => expect(container.querySelector('[data-part="math"][data-state="rendered"]')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('pre[data-highlighted="true"]')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    expect(container.querySelector('del')).toHaveTextContent('this');
    act(() => hydrated.unmount());
    container.remove();
  });

  // Last in this file: preloading is page-wide.
  it('after preloadMarkdown() on both sides, the server HTML already has tables and footnotes, and hydrates as is', async () => {
    const { Markdown, preloadMarkdown } = await import('../../src');
    const text = 'Claim[^1] ~~old~~ https://x.example\n\n| a |\n| - |\n| 1 |\n\n[^1]: Source.\n';
    await preloadMarkdown();
    const html = renderToString(<Markdown>{text}</Markdown>);
    expect(html).toContain('<table>');
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('<a href="https://x.example">');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Markdown>{text}</Markdown>, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(container.innerHTML).toBe(html);
    container.remove();
  });
});
