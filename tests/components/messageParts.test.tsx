import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { messageParts, ProChat, readableArguments, type ChatStreamPart, type ProChatInstance, type StoredChatMessage } from '../../src';
import OpenAI from 'openai';

import { fromOpenAI, fromUIMessageStream, openAIStream, toUIMessageStreamResponse } from '../../src/server';
import { manualStream } from '../helpers/streams';

const log = () => screen.getByRole('log');
const reply = () => [...log().querySelectorAll<HTMLElement>('[data-role="assistant"]')].at(-1)!;
const done = () => waitFor(() => expect(reply()).toHaveAttribute('data-status', 'done'));

async function send(text = 'Weather in Paris?') {
  await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);
}

const USAGE = { inputTokens: 42, outputTokens: 17, totalTokens: 59 };

/** A reply as an AI SDK backend streams it: thinking, a tool call and its result, text, a source, usage. */
const WEATHER: ChatStreamPart[] = [
  { type: 'start' },
  { type: 'reasoning-start', id: 'r1' },
  { type: 'reasoning-delta', id: 'r1', delta: 'The user wants the weather; ' },
  { type: 'reasoning-delta', id: 'r1', delta: 'call the tool.' },
  { type: 'reasoning-end', id: 'r1' },
  { type: 'tool-input-start', toolCallId: 'call_1', toolName: 'get_weather' },
  { type: 'tool-input-delta', toolCallId: 'call_1', inputTextDelta: '{"city":' },
  { type: 'tool-input-delta', toolCallId: 'call_1', inputTextDelta: '"Paris"}' },
  { type: 'tool-input-available', toolCallId: 'call_1', toolName: 'get_weather', input: { city: 'Paris' } },
  { type: 'tool-output-available', toolCallId: 'call_1', output: { tempC: 18, sky: 'clear' } },
  { type: 'text-start', id: 't1' },
  { type: 'text-delta', id: 't1', delta: 'It is **18 °C** and clear ' },
  { type: 'text-delta', id: 't1', delta: 'in Paris.' },
  { type: 'text-end', id: 't1' },
  { type: 'source-url', sourceId: 's1', url: 'https://weather.example/paris', title: 'Weather service' },
  { type: 'source-url', sourceId: 's2', url: 'javascript:alert(1)', title: 'Injected' },
  { type: 'data-suggestions', data: ['And tomorrow?'] },
  { type: 'finish', finishReason: 'stop', usage: USAGE },
];

async function* iterate(parts: ChatStreamPart[]) {
  for (const part of parts) yield part;
}

describe('replies made of parts', () => {
  it('an async iterable of part events: the message keeps its parts, text, usage and finish reason; each part shows', async () => {
    const chatRef = { current: undefined as ProChatInstance | undefined };
    render(<ProChat chatRef={chatRef} request={() => iterate(WEATHER)} />);
    await send();
    await done();
    const message = chatRef.current!.getChats().at(-1) as StoredChatMessage;
    expect(message.content).toBe('It is **18 °C** and clear in Paris.');
    expect(message.parts?.map((part) => part.type)).toEqual([
      'reasoning',
      'tool-call',
      'text',
      'source-url',
      'source-url',
      'data-suggestions',
    ]);
    expect(message.parts?.[1]).toMatchObject({
      toolName: 'get_weather',
      input: { city: 'Paris' },
      inputText: '{"city":"Paris"}',
      state: 'output-available',
      output: { tempC: 18, sky: 'clear' },
    });
    expect(message.usage).toEqual(USAGE);
    expect(message.finishReason).toBe('stop');

    const row = reply();
    // Reasoning in the thinking panel, folded once the answer came.
    expect(within(row).getByRole('button', { name: /Thought/ })).toBeInTheDocument();
    // The tool call as a card: its name and state, arguments and result as text.
    const card = row.querySelector<HTMLElement>('[data-part="tool-call"]')!;
    expect(card).toHaveAttribute('data-state', 'output-available');
    expect(within(card).getByText('get_weather')).toBeInTheDocument();
    expect(card).toHaveTextContent('"city": "Paris"');
    expect(card).toHaveTextContent('"tempC": 18');
    // The text as markdown.
    expect(within(row).getByText('18 °C').tagName).toBe('STRONG');
    // Sources as links, through the link rules: the javascript: one is not a link.
    const sources = within(row).getByRole('list', { name: 'Sources' });
    expect(within(sources).getByRole('link', { name: /Weather service/ })).toHaveAttribute('href', 'https://weather.example/paris');
    expect(within(sources).queryByRole('link', { name: /Injected/ })).toBeNull();
    expect(sources).toHaveTextContent('Injected');
    // Data parts show nothing by default.
    expect(row).not.toHaveTextContent('And tomorrow?');
  });

  it('an AI SDK UI message stream Response is read as parts by its header, with no adapter', async () => {
    render(<ProChat request={() => toUIMessageStreamResponse(iterate(WEATHER))} />);
    await send();
    await done();
    expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-tool', 'get_weather');
    expect(reply()).toHaveTextContent('It is 18 °C and clear in Paris.');
    expect(reply()).not.toHaveTextContent('data:');
  });

  it('request as a URL whose server forwards parts (toUIMessageStreamResponse) shows them, not raw SSE', async () => {
    const fetchMock = vi.fn(async () => toUIMessageStreamResponse(iterate(WEATHER)));
    vi.stubGlobal('fetch', fetchMock);
    try {
      render(<ProChat request="/api/chat" />);
      await send();
      await done();
      expect(fetchMock).toHaveBeenCalledOnce();
      expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-tool', 'get_weather');
      expect(reply()).toHaveTextContent('It is 18 °C and clear in Paris.');
      expect(reply()).not.toHaveTextContent('data:');
      // The next question sends the reply back with its tool call and result, as OpenAI reads them.
      await send('And tomorrow?');
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      const body = JSON.parse(String((fetchMock.mock.calls[1] as unknown as [string, RequestInit])[1].body)) as { messages: unknown[] };
      expect(body.messages).toEqual([
        { role: 'user', content: 'Weather in Paris?' },
        expect.objectContaining({
          role: 'assistant',
          tool_calls: [expect.objectContaining({ function: expect.objectContaining({ name: 'get_weather' }) })],
        }),
        expect.objectContaining({ role: 'tool' }),
        expect.objectContaining({ role: 'assistant', content: expect.stringContaining('18 °C') }),
        { role: 'user', content: 'And tomorrow?' },
      ]);
      await done();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('tool arguments show as they stream, readable while the JSON is still partial', async () => {
    const source = manualStream<ChatStreamPart>();
    render(<ProChat request={() => source.stream} />);
    await send();
    source.push({ type: 'tool-input-start', toolCallId: 'c', toolName: 'search' });
    source.push({ type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: '{"query": "pro-chat", "filters": {"year": 20' });
    await waitFor(() => expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-state', 'input-streaming'));
    const card = reply().querySelector<HTMLElement>('[data-part="tool-call"]')!;
    await waitFor(() => expect(card).toHaveTextContent('"year": 20'));
    expect(within(card).getByRole('status')).toHaveTextContent('Preparing the call…');
    source.push({ type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: '26}}' });
    source.push({ type: 'tool-output-error', toolCallId: 'c', errorText: '<b>rate limited</b>' });
    source.close();
    await done();
    // The error as text, never as HTML.
    expect(card).toHaveTextContent('<b>rate limited</b>');
    expect(card.querySelector('b')).toBeNull();
    expect(card).toHaveAttribute('data-state', 'output-error');
  });

  it('an error event mid-stream fails the reply with its text and keeps the parts received so far', async () => {
    const chatRef = { current: undefined as ProChatInstance | undefined };
    render(
      <ProChat
        chatRef={chatRef}
        request={() =>
          iterate([
            { type: 'text-start', id: 't' },
            { type: 'text-delta', id: 't', delta: 'Half an answer' },
            { type: 'error', errorText: 'Upstream overloaded' },
            { type: 'text-delta', id: 't', delta: ' never shown' },
          ])
        }
      />,
    );
    await send();
    await waitFor(() => expect(reply()).toHaveAttribute('data-status', 'error'));
    expect(within(reply()).getByRole('alert')).toHaveTextContent('Upstream overloaded');
    expect(reply()).toHaveTextContent('Half an answer');
    expect(reply()).not.toHaveTextContent('never shown');
    expect(chatRef.current!.getChats().at(-1)?.content).toBe('Half an answer');
  });

  it('a plain text reply stores no parts: its text is its one part', async () => {
    const chatRef = { current: undefined as ProChatInstance | undefined };
    render(<ProChat chatRef={chatRef} request={() => 'Just text.'} />);
    await send();
    await done();
    const message = chatRef.current!.getChats().at(-1) as StoredChatMessage;
    expect(message.parts).toBeUndefined();
    expect(messageParts(message)).toEqual([{ type: 'text', text: 'Just text.' }]);
  });

  it('something that is neither text nor a part event fails with what it got and what it expects', async () => {
    render(<ProChat request={() => iterate([{ kind: 'text', value: 'x' } as unknown as ChatStreamPart])} />);
    await send();
    await waitFor(() => expect(reply()).toHaveAttribute('data-status', 'error'));
    expect(within(reply()).getByRole('alert')).toHaveTextContent(
      'an object without a string "type"; expected text (strings or bytes) or part events',
    );
  });

  it('parts survive a reload through the storage adapter', async () => {
    let data: unknown;
    const storage = {
      load: () => data,
      save: (next: unknown) => void (data = JSON.parse(JSON.stringify(next))),
      clear: () => void (data = undefined),
    };
    const first = render(<ProChat storage={storage} request={() => iterate(WEATHER)} />);
    await send();
    await done();
    first.unmount();
    render(<ProChat storage={storage} request={() => 'unused'} />);
    await waitFor(() => expect(reply().querySelector('[data-part="tool-call"]')).toHaveAttribute('data-state', 'output-available'));
    expect(within(reply()).getByRole('list', { name: 'Sources' })).toBeInTheDocument();
  });

  it('partRender and toolRender replace the default of a part, as it streams', async () => {
    render(
      <ProChat
        request={() => iterate(WEATHER)}
        toolRender={{
          get_weather: (part) => <div data-testid="weather">{part.state === 'output-available' ? 'Sunny card' : 'Loading card'}</div>,
        }}
        partRender={{ 'data-suggestions': (part) => <button type="button">{(part.data as string[])[0]}</button> }}
      />,
    );
    await send();
    await done();
    expect(screen.getByTestId('weather')).toHaveTextContent('Sunny card');
    expect(reply().querySelector('[data-part="tool-call"]')).toBeNull();
    expect(within(reply()).getByRole('button', { name: 'And tomorrow?' })).toBeInTheDocument();
  });
});

describe('the OpenAI SDK stream, through ProChat', () => {
  const sse = (events: unknown[]) =>
    events.map((event) => `data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`).join('');
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    id: 'c',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'gpt-4o',
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  const openai = (body: string, sent: unknown[] = []) =>
    new OpenAI({
      apiKey: 'test-key',
      baseURL: 'http://127.0.0.1:9/v1',
      dangerouslyAllowBrowser: true,
      fetch: async (_url, init) => {
        sent.push(JSON.parse(String(init?.body)));
        return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
      },
    });

  it('openAIStream(await openai.chat.completions.create({ stream: true })) streams the text (the guide this project grew from)', async () => {
    const body = sse([chunk({ content: 'From the ' }), chunk({ content: 'SDK.' }), chunk({}, 'stop'), '[DONE]']);
    const sent: Array<{ messages: unknown }> = [];
    render(
      <ProChat
        // pro-chat's `function` status rows are shown, never sent: `request` only gets roles a model reads.
        initialChats={[{ id: 'f1', role: 'function', content: 'Working on it…' }]}
        request={async (messages, { signal }) =>
          openAIStream(
            // No cast: the roles `request` receives are the OpenAI SDK's own.
            await openai(body, sent).chat.completions.create(
              { model: 'gpt-4o', messages: messages.map(({ role, content }) => ({ role, content })), stream: true },
              { signal },
            ),
          )
        }
      />,
    );
    await send();
    await done();
    expect(reply()).toHaveTextContent('From the SDK.');
    expect(sent[0].messages).toEqual([{ role: 'user', content: 'Weather in Paris?' }]);
  });

  it('fromOpenAI(stream) shows its tool calls as cards', async () => {
    const body = sse([
      chunk({
        tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
      }),
      chunk({}, 'tool_calls'),
      '[DONE]',
    ]);
    render(
      <ProChat
        request={async () =>
          fromOpenAI(
            await openai(body).chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }], stream: true }),
          )
        }
      />,
    );
    await send();
    await done();
    const card = reply().querySelector<HTMLElement>('[data-part="tool-call"]')!;
    expect(card).toHaveAttribute('data-tool', 'get_weather');
    expect(card).toHaveAttribute('data-state', 'input-available');
    expect(card).toHaveTextContent('"city": "Paris"');
    // The reply has ended and nothing will answer the call: no spinner promises a result.
    expect(card.querySelector('.anticon-loading')).toBeNull();
  });
});

describe('UI message stream, both ways', () => {
  it('toUIMessageStreamResponse speaks the AI SDK wire format; fromUIMessageStream reads it back, usage included', async () => {
    const response = toUIMessageStreamResponse(iterate(WEATHER));
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const wire = await response.clone().text();
    expect(wire.startsWith('data: {"type":"start"}\n\n')).toBe(true);
    expect(wire.endsWith('data: [DONE]\n\n')).toBe(true);
    // The AI SDK's schema is strict: usage travels in messageMetadata.
    expect(wire).toContain('"type":"finish","finishReason":"stop","messageMetadata":{"usage":{"inputTokens":42');
    const back: ChatStreamPart[] = [];
    const reader = fromUIMessageStream(response).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) back.push(next.value);
    expect(back).toHaveLength(WEATHER.length);
    expect(back.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', messageMetadata: { usage: USAGE } });
  });

  it('readableArguments pretty-prints partial JSON by closing what is open, else shows it as it came', () => {
    expect(readableArguments('{"a": [1, 2')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
    expect(readableArguments('{"q": "hel')).toBe('{\n  "q": "hel"\n}');
    expect(readableArguments('{"q": "x", ')).toBe('{\n  "q": "x"\n}');
    expect(readableArguments('{"q"')).toBe('{"q"');
    expect(readableArguments('')).toBe('');
  });
});
