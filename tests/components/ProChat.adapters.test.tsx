import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { openAIStream, ProChat, qwenStream } from '../../src';
import { manualStream, utf8 } from '../helpers/streams';

const oa = (content: string, finish: string | null = null) =>
  `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;

afterEach(() => vi.unstubAllGlobals());

function lastReplyText() {
  const rows = screen.getByRole('log').querySelectorAll('[data-role="assistant"]');
  return rows[rows.length - 1]?.querySelector('[data-part="content"]')?.textContent ?? '';
}

async function send(text: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);
}

describe('<ProChat> with the SSE adapters and a mocked fetch', () => {
  it('OpenAI SSE streams into the DOM through openAIStream', async () => {
    const body = manualStream<Uint8Array>();
    const fetchMock = vi.fn(
      async (_url: string, _init?: RequestInit) => new Response(body.stream, { headers: { 'content-type': 'text/event-stream' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(
      <ProChat
        request={async (messages, { signal }) => {
          const res = await fetch('https://api.example.com/v1/chat/completions', {
            method: 'POST',
            body: JSON.stringify({
              model: 'gpt-4o-mini',
              stream: true,
              messages: messages.map(({ role, content }) => ({ role, content })),
            }),
            signal,
          });
          return new Response(openAIStream(res));
        }}
      />,
    );
    await send('Say hi');
    const sent = JSON.parse(String(fetchMock.mock.calls[0][1]?.body));
    expect(sent.messages).toEqual([{ role: 'user', content: 'Say hi' }]);

    // Two events in one chunk, then one split across chunks.
    body.push(utf8(oa('Hello') + oa(', ')));
    // Markdown drops the trailing space of the paragraph.
    await waitFor(() => expect(lastReplyText()).toBe('Hello,'));
    const third = oa('**world**');
    body.push(utf8(third.slice(0, 20)));
    body.push(utf8(third.slice(20)));
    await waitFor(() => expect(lastReplyText()).toBe('Hello, world'));
    body.push(utf8(`${oa('!', 'stop')}data: [DONE]\n\n`));
    body.close();
    await waitFor(() => expect(lastReplyText()).toBe('Hello, world!'));
    expect(screen.getByRole('log').querySelector('strong')).toHaveTextContent('world');
  });

  it('an OpenAI error mid-stream keeps the text and shows the server message', async () => {
    vi.stubGlobal('fetch', async () => new Response(`${oa('Partial')}data: {"error":{"message":"Context length exceeded"}}\n\n`));
    render(<ProChat request={async (_m, { signal }) => new Response(openAIStream(await fetch('/x', { signal })))} />);
    await send('Hi');
    expect(await screen.findByRole('alert')).toHaveTextContent('Context length exceeded');
    expect(lastReplyText()).toBe('Partial');
  });

  it('a 401 from the model API shows its message', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { message: 'Incorrect API key provided' } }), { status: 401 }));
    render(<ProChat request={async (_m, { signal }) => new Response(openAIStream(await fetch('/x', { signal })))} />);
    await send('Hi');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Incorrect API key provided');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('Qwen full-text SSE streams only the new text', async () => {
    const q = (text: string, finish = 'null') =>
      `id:1\nevent:result\ndata:${JSON.stringify({ output: { text, finish_reason: finish } })}\n\n`;
    const body = manualStream<Uint8Array>();
    vi.stubGlobal('fetch', async () => new Response(body.stream));
    render(<ProChat request={async (_m, { signal }) => new Response(qwenStream(await fetch('/q', { signal })))} />);
    await send('你好');
    body.push(utf8(q('你好')));
    await waitFor(() => expect(lastReplyText()).toBe('你好'));
    body.push(utf8(q('你好，我是通义')));
    await waitFor(() => expect(lastReplyText()).toBe('你好，我是通义'));
    body.push(utf8(q('你好，我是通义千问。', 'stop')));
    body.close();
    await waitFor(() => expect(lastReplyText()).toBe('你好，我是通义千问。'));
  });

  it('Stop cancels the fetch body through the adapter', async () => {
    const body = manualStream<Uint8Array>();
    vi.stubGlobal('fetch', async () => new Response(body.stream));
    render(<ProChat request={async (_m, { signal }) => new Response(openAIStream(await fetch('/x', { signal })))} />);
    await send('Hi');
    body.push(utf8(oa('Some text')));
    await waitFor(() => expect(lastReplyText()).toBe('Some text'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(body.cancelled).toBe(true));
    expect(lastReplyText()).toBe('Some text');
  });
});
