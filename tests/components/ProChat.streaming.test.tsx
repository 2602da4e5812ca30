import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, type ChatRequest, type ChatRequestResult } from '../../src';
import { manualIterable, manualStream, utf8, fetchedResponse } from '../helpers/streams';

function log() {
  return screen.getByRole('log');
}

async function send(text: string) {
  const user = userEvent.setup();
  const input = screen.getByRole('textbox', { name: 'Message' });
  await user.type(input, text);
  await user.keyboard('{Enter}');
  return user;
}

/** The visible text of the last reply's bubble. */
function replyText() {
  return lastReply().querySelector('[data-part="content"]')?.textContent ?? '';
}

function lastReply() {
  const rows = log().querySelectorAll('[data-role="assistant"]');
  return rows[rows.length - 1] as HTMLElement;
}

/** Feeds chunks one by one and checks that each partial text reaches the DOM before the next. */
async function expectIncremental(push: (chunk: string) => void, finish: () => void) {
  push('Hello');
  await waitFor(() => expect(lastReply()).toHaveTextContent('Hello'));
  expect(lastReply()).toHaveAttribute('data-status', 'streaming');
  push(', world');
  await waitFor(() => expect(lastReply()).toHaveTextContent('Hello, world'));
  push(' and **more**.');
  finish();
  await waitFor(() => expect(lastReply()).toHaveAttribute('data-status', 'done'));
  await waitFor(() => expect(replyText()).toBe('Hello, world and more.'));
  expect(lastReply().querySelector('strong')).toHaveTextContent('more');
}

describe('<ProChat> streams every kind of request result into the DOM', () => {
  it('a Response with a text body', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => new Response(source.stream)} />);
    await send('Hi');
    expect(within(log()).getByText('Hi')).toBeInTheDocument();
    await expectIncremental(
      (c) => source.push(utf8(c)),
      () => source.close(),
    );
  });

  it('a Promise of a Response', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={async () => new Response(source.stream)} />);
    await send('Hi');
    await expectIncremental(
      (c) => source.push(utf8(c)),
      () => source.close(),
    );
  });

  it('a ReadableStream of bytes', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => source.stream} />);
    await send('Hi');
    await expectIncremental(
      (c) => source.push(utf8(c)),
      () => source.close(),
    );
  });

  it('a ReadableStream of strings', async () => {
    const source = manualStream<string>();
    render(<ProChat request={() => source.stream} />);
    await send('Hi');
    await expectIncremental(
      (c) => source.push(c),
      () => source.close(),
    );
  });

  it('an async iterable of strings', async () => {
    const source = manualIterable();
    render(<ProChat request={() => source.iterable} />);
    await send('Hi');
    await expectIncremental(
      (c) => source.push(c),
      () => source.close(),
    );
  });

  it('a plain string and a Promise of one', async () => {
    let n = 0;
    const request: ChatRequest = () => (n++ === 0 ? 'plain **reply**' : Promise.resolve<ChatRequestResult>('promised'));
    render(<ProChat request={request} />);
    await send('one');
    await waitFor(() => expect(lastReply()).toHaveAttribute('data-status', 'done'));
    await waitFor(() => expect(replyText()).toBe('plain reply'));
    await send('two');
    await waitFor(() => expect(lastReply()).toHaveTextContent('promised'));
  });

  it('multi-byte characters split across chunks arrive whole', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => new Response(source.stream)} />);
    await send('Hi');
    const bytes = utf8('中文🙂é');
    for (const byte of bytes) source.push(new Uint8Array([byte]));
    source.close();
    await waitFor(() => expect(lastReply()).toHaveAttribute('data-status', 'done'));
    await waitFor(() => expect(replyText()).toBe('中文🙂é'));
  });
});

describe('<ProChat> Stop, errors and lifecycle', () => {
  it('Stop mid-stream keeps the partial text, aborts the signal and marks the reply stopped', async () => {
    const source = manualStream<Uint8Array>();
    let signal!: AbortSignal;
    render(
      <ProChat
        request={(_m, options) => {
          signal = options.signal;
          return fetchedResponse(source.stream);
        }}
      />,
    );
    const user = await send('Hi');
    source.push(utf8('Partial answer'));
    await waitFor(() => expect(lastReply()).toHaveTextContent('Partial answer'));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(signal.aborted).toBe(true);
    await waitFor(() => expect(lastReply()).toHaveAttribute('data-status', 'aborted'));
    expect(lastReply()).toHaveTextContent('Partial answer');
    expect(lastReply()).toHaveTextContent('Stopped');
    expect(source.cancelled).toBe(true);
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  });

  it('Stop then an immediate new send: the second reply streams and can be stopped', async () => {
    const sources = [manualStream<Uint8Array>(), manualStream<Uint8Array>()];
    const signals: AbortSignal[] = [];
    render(
      <ProChat
        request={(_m, { signal }) => {
          signals.push(signal);
          return new Response(sources[signals.length - 1].stream);
        }}
      />,
    );
    const user = await send('first');
    sources[0].push(utf8('one'));
    await waitFor(() => expect(lastReply()).toHaveTextContent('one'));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await send('second');
    expect(signals).toHaveLength(2);
    sources[1].push(utf8('two streaming'));
    await waitFor(() => expect(lastReply()).toHaveTextContent('two streaming'));
    // The first reply's late finish did not take the Stop button away from the second.
    const stop = screen.getByRole('button', { name: 'Stop' });
    await user.click(stop);
    expect(signals[1].aborted).toBe(true);
    await waitFor(() => expect(lastReply()).toHaveAttribute('data-status', 'aborted'));
    const replies = [...log().querySelectorAll('[data-role="assistant"]')].map((r) => r.getAttribute('data-status'));
    expect(replies).toEqual(['aborted', 'aborted']);
  });

  it('a request that throws shows the error, keeps the user message and offers Retry that works', async () => {
    let calls = 0;
    render(
      <ProChat
        request={() => {
          calls += 1;
          if (calls === 1) throw new Error('Network is down');
          return 'Recovered';
        }}
      />,
    );
    const user = await send('Keep me');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Network is down');
    expect(within(log()).getByText('Keep me')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(lastReply()).toHaveTextContent('Recovered'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(log()).getAllByText('Keep me')).toHaveLength(1);
  });

  it('a 500 with a JSON body shows the server message', async () => {
    render(
      <ProChat
        request={async () =>
          new Response(JSON.stringify({ error: { message: 'Rate limit reached for gpt-4o', type: 'rate_limit' } }), {
            status: 500,
          })
        }
      />,
    );
    await send('Hi');
    expect(await screen.findByRole('alert')).toHaveTextContent('Rate limit reached for gpt-4o');
  });

  it('a stream that errors mid-way keeps the text received so far and shows the error', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => new Response(source.stream)} />);
    await send('Hi');
    source.push(utf8('Text so far'));
    await waitFor(() => expect(lastReply()).toHaveTextContent('Text so far'));
    source.error(new TypeError('Connection reset'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Connection reset');
    expect(lastReply()).toHaveTextContent('Text so far');
    expect(lastReply()).toHaveAttribute('data-status', 'error');
  });

  it('unmount during a stream cancels the reader without React warnings', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const source = manualStream<Uint8Array>();
    let signal!: AbortSignal;
    const view = render(
      <ProChat
        request={(_m, options) => {
          signal = options.signal;
          return fetchedResponse(source.stream);
        }}
      />,
    );
    await send('Hi');
    source.push(utf8('streaming'));
    await waitFor(() => expect(lastReply()).toHaveTextContent('streaming'));
    view.unmount();
    expect(signal.aborted).toBe(true);
    await waitFor(() => expect(source.cancelled).toBe(true));
    // Let the loop finish after unmount: it must not touch React.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 30));
    });
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    errors.mockRestore();
    warnings.mockRestore();
  });
});
