import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

import { Markdown as LoadedMarkdown } from '../../src';

const TEXT = 'Some **bold** words\n\n- one\n- two\n';

/**
 * A page that has only just imported the renderer: its CommonMark parser (a chunk of its own) is
 * still loading. The suite's setup waits for the parser, so each test here imports React and the
 * library afresh.
 */
async function freshPage({ fails = false } = {}) {
  vi.resetModules();
  // The parser's chunk arrives when the test says so.
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  vi.doMock('../../src/markdown/parse/markdownToHast', async (importOriginal) => {
    await arrived;
    if (fails) throw new TypeError('Failed to fetch dynamically imported module');
    return importOriginal();
  });
  const React = await import('react');
  const client = await import('react-dom/client');
  const server = await import('react-dom/server');
  const { flushSync } = await import('react-dom');
  const { Markdown, loadMarkdownParser } = await import('../../src/markdown/Markdown');
  const parserArrives = async () => {
    arrive();
    await loadMarkdownParser().catch(() => undefined);
  };
  return { React, client, server, flushSync, Markdown, parserArrives };
}

describe('the CommonMark parser, loaded after the entry chunk', () => {
  it('shows the text as written until the parser arrives, then renders it as markdown', async () => {
    const { client, flushSync, Markdown, parserArrives } = await freshPage();
    const container = document.createElement('div');
    document.body.appendChild(container);
    // As in a browser: no act(), React renders and retries on its own schedule.
    const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const root = client.createRoot(container);
    flushSync(() => root.render(<Markdown>{TEXT}</Markdown>));
    // Not a word is missing while it loads.
    expect(container.textContent).toContain('Some **bold** words');
    expect(container.querySelector('strong')).toBeNull();
    await parserArrives();
    await vi.waitFor(() => expect(container.querySelector('strong')).toHaveTextContent('bold'));
    expect(container.querySelectorAll('li')).toHaveLength(2);
    root.unmount();
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    container.remove();
  });

  it('a streaming server render waits for the parser: the HTML has the markdown', async () => {
    const { React, server, Markdown, parserArrives } = await freshPage();
    const stream = await server.renderToReadableStream(React.createElement(Markdown, null, TEXT));
    setTimeout(() => void parserArrives(), 20);
    await stream.allReady;
    const html = await new Response(stream).text();
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>two</li>');
  });

  it('hydration keeps the server HTML while the parser loads, with no mismatch', async () => {
    // The server had the parser (as a server does after its first request, or after preloadMarkdown()).
    const html = renderToString(<LoadedMarkdown>{TEXT}</LoadedMarkdown>);
    expect(html).toContain('<strong>bold</strong>');
    const { React, client, Markdown, parserArrives } = await freshPage();
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    await React.act(async () => {
      client.hydrateRoot(container, <Markdown>{TEXT}</Markdown>, { onRecoverableError: (error) => recoverable.push(error) });
    });
    // Still the server's markdown, never the plain fallback.
    expect(container.querySelector('strong')).toHaveTextContent('bold');
    await React.act(parserArrives);
    expect(container.innerHTML).toBe(html);
    expect(recoverable).toEqual([]);
    expect(errors.mock.calls.filter((call) => /hydrat|did not match|switched to client/i.test(String(call[0])))).toEqual([]);
    errors.mockRestore();
    container.remove();
  });

  it('when the chunk fails to load (offline), the text stays readable as written and nothing throws', async () => {
    const { client, flushSync, Markdown, parserArrives } = await freshPage({ fails: true });
    const container = document.createElement('div');
    document.body.appendChild(container);
    const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const errors = vi.spyOn(console, 'error');
    const root = client.createRoot(container);
    flushSync(() => root.render(<Markdown>{TEXT}</Markdown>));
    await parserArrives();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.textContent).toContain('Some **bold** words');
    expect(container.querySelector('[style*="pre-wrap"]')).not.toBeNull();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    root.unmount();
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    container.remove();
  });
});
