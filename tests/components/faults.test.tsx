import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { createChatStore, openAIStream, ProChat, type ChatRequest } from '../../src';
import { madeHere } from '../../src/core/stopPolicy';
import { fetchedResponse, manualStream, utf8 } from '../helpers/streams';

const reply = (root: HTMLElement = document.body) => {
  const rows = within(root).getByRole('log').querySelectorAll('[data-role="assistant"]');
  return rows[rows.length - 1] as HTMLElement;
};
const alertIn = (root: HTMLElement = document.body) => within(root).findByRole('alert');

async function send(text: string, root: HTMLElement = document.body) {
  await userEvent.setup().type(within(root).getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);
}

describe('faults', () => {
  it('a request that rejects keeps the user message and shows the reason', async () => {
    render(<ProChat request={() => Promise.reject(new Error('DNS lookup failed'))} />);
    await send('Keep me');
    expect(await alertIn()).toHaveTextContent('DNS lookup failed');
    expect(within(screen.getByRole('log')).getByText('Keep me')).toBeInTheDocument();
  });

  it('an HTML page as the answer (a wrong URL, a dev server fallback) is an error naming the page, with Retry', async () => {
    const page = '<!DOCTYPE html><html><head><title>pro-chat-next docs</title></head><body><div id="root"></div></body></html>';
    const request = vi.fn(() => new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    render(<ProChat smoothOutput={false} request={request} />);
    await send('Hello?');
    expect(await alertIn()).toHaveTextContent('The server answered with an HTML page, not a reply: pro-chat-next docs.');
    expect(reply().textContent).not.toContain('DOCTYPE');
    expect(within(screen.getByRole('log')).getByText('Hello?')).toBeInTheDocument();
    expect(within(reply()).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('a fetch aborted by someone else (not Stop) is an error, not a silent stop', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat smoothOutput={false} request={() => new Response(source.stream)} />);
    await send('Hi');
    source.push(utf8('partial'));
    await waitFor(() => expect(reply()).toHaveTextContent('partial'));
    source.error(new DOMException('The user aborted a request.', 'AbortError'));
    expect(await alertIn()).toHaveTextContent('The user aborted a request.');
    expect(reply()).toHaveAttribute('data-status', 'error');
    expect(reply()).toHaveTextContent('partial');
  });

  it.each([
    ['JSON', 429, JSON.stringify({ error: { message: 'Rate limit reached' } }), 'Rate limit reached'],
    ['plain-text', 400, 'Bad prompt: too long', 'Bad prompt: too long'],
    [
      'HTML page',
      502,
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>',
      '502 Bad Gateway',
    ],
    ['empty', 503, '', 'HTTP 503'],
  ])('a %s error body (HTTP %i) shows a readable message', async (_kind, status, body, expected) => {
    render(<ProChat request={async () => new Response(body || null, { status })} />);
    await send('Hi');
    const alert = await alertIn();
    expect(alert).toHaveTextContent(expected);
    expect(alert.innerHTML).not.toContain('<h1>');
  });

  it('through openAIStream: malformed JSON in an event gives a clear error and keeps the text so far', async () => {
    const body = `data: {"choices":[{"delta":{"content":"Good start"}}]}\n\ndata: {"choices":[{"delta":{"content":"br\n\n`;
    render(<ProChat smoothOutput={false} request={async () => new Response(openAIStream(new Response(body)))} />);
    await send('Hi');
    expect(await alertIn()).toHaveTextContent('not valid JSON');
    expect(reply()).toHaveTextContent('Good start');
  });

  it('1,000 send/stop cycles: never a stuck loading state, never a reader left open', async () => {
    const store = createChatStore({
      options: {
        scheduleFrame: (cb) => {
          const t = setTimeout(cb, 0);
          return () => clearTimeout(t);
        },
      },
    });
    let open = 0;
    let cancelled = 0;
    const request: ChatRequest = () => {
      open += 1;
      // A stream Stop cancels (this package's, like an adapter's output): every one is cancelled.
      return madeHere(
        new ReadableStream<string>({
          start(controller) {
            controller.enqueue('x');
          },
          cancel() {
            open -= 1;
            cancelled += 1;
          },
        }),
      );
    };
    store.getState().setOptions({ request });
    const runs: Promise<void>[] = [];
    for (let i = 0; i < 1000; i += 1) {
      runs.push(store.getState().sendMessage(`message ${i}`));
      if (i % 2 === 0) store.getState().stopGenerating();
    }
    store.getState().stopGenerating();
    await Promise.all(runs);
    expect(store.getState().loadingId).toBeNull();
    expect(open).toBe(0);
    expect(cancelled).toBe(1000);
    const statuses = new Set(
      store
        .getState()
        .messages.filter((m) => m.role === 'assistant')
        .map((m) => m.status),
    );
    expect([...statuses]).toEqual(['aborted']);
    expect(store.getState().messages).toHaveLength(2000);
  });

  it('two ProChat instances streaming at once stay isolated', async () => {
    const a = manualStream<Uint8Array>();
    const b = manualStream<Uint8Array>();
    render(
      <>
        <div data-testid="a">
          <ProChat smoothOutput={false} request={() => new Response(a.stream)} />
        </div>
        <div data-testid="b">
          <ProChat smoothOutput={false} request={() => new Response(b.stream)} />
        </div>
      </>,
    );
    const rootA = screen.getByTestId('a');
    const rootB = screen.getByTestId('b');
    await send('to A', rootA);
    await send('to B', rootB);
    a.push(utf8('alpha'));
    b.push(utf8('beta'));
    await waitFor(() => expect(reply(rootA)).toHaveTextContent('alpha'));
    await waitFor(() => expect(reply(rootB)).toHaveTextContent('beta'));
    await userEvent.setup().click(within(rootA).getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(reply(rootA)).toHaveAttribute('data-status', 'aborted'));
    expect(b.cancelled).toBe(false);
    b.push(utf8(' continues'));
    b.close();
    await waitFor(() => expect(reply(rootB)).toHaveAttribute('data-status', 'done'));
    expect(reply(rootB)).toHaveTextContent('beta continues');
    expect(within(rootA).getByRole('log')).not.toHaveTextContent('beta');
  });

  it('React StrictMode: double effects neither duplicate nor break streaming, and Stop still works', async () => {
    const errors = vi.spyOn(console, 'error');
    const source = manualStream<Uint8Array>();
    const request = vi.fn(() => fetchedResponse(source.stream));
    const onChatsChange = vi.fn();
    render(
      <StrictMode>
        <ProChat smoothOutput={false} request={request} onChatsChange={onChatsChange} />
      </StrictMode>,
    );
    await send('Hi');
    expect(request).toHaveBeenCalledTimes(1);
    source.push(utf8('strict text'));
    await waitFor(() => expect(reply()).toHaveTextContent('strict text'));
    expect(screen.getByRole('log').querySelectorAll('[data-role]')).toHaveLength(2);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(reply()).toHaveAttribute('data-status', 'aborted'));
    expect(source.cancelled).toBe(true);
    expect(errors).not.toHaveBeenCalled();
  });

  it('unmount mid-stream with a storage attached still saves what arrived', async () => {
    const saves: string[] = [];
    const source = manualStream<Uint8Array>();
    const view = render(
      <ProChat
        smoothOutput={false}
        storage={{ load: () => undefined, save: (d) => void saves.push(d.messages.at(-1)?.content ?? ''), clear: () => undefined }}
        request={() => fetchedResponse(source.stream)}
      />,
    );
    await send('Hi');
    source.push(utf8('arrived before unmount'));
    await waitFor(() => expect(reply()).toHaveTextContent('arrived before unmount'));
    act(() => view.unmount());
    expect(saves.at(-1)).toBe('arrived before unmount');
    await waitFor(() => expect(source.cancelled).toBe(true));
  });
});
