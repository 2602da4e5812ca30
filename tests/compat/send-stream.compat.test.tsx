/**
 * Sending, streaming, stopping and regenerating, written the way pro-chat's demos write them
 * (default.tsx, use-ref.tsx, no-stream.tsx, sse.tsx, sse-trans.tsx, listener.tsx, error.tsx).
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Card, Result } from 'antd';
import { StrictMode, useEffect, useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, type ChatMessage, type ChatMessageError, type ModelConfig, type ProChatInstance, type ProChatProps } from 'pro-chat-next';

import { MockResponse, log, manualResponse, rows, textOf } from './mocks';

async function typeAndSend(text: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Message' }), `${text}{Enter}`);
  return user;
}

describe('send and stream (default / use-ref demos)', () => {
  it('Enter sends the typed text; the streamed reply appears and the input is emptied', async () => {
    const request = vi.fn(async (messages: ChatMessage[]) => {
      const mockedData: string = `这是一段模拟的流式字符串数据。本次会话传入了${messages.length}条消息`;
      const mockResponse = new MockResponse(mockedData, 1);
      return mockResponse.getResponse();
    });
    render(<ProChat request={request} />);
    await typeAndSend('你好');
    expect(within(log()).getByText('你好')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    expect(await within(log()).findByText('这是一段模拟的流式字符串数据。本次会话传入了1条消息')).toBeInTheDocument();
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][0]).toMatchObject([{ role: 'user', content: '你好' }]);
  });

  it('shows each chunk as it arrives (request returns a Response whose body streams text)', async () => {
    const source = manualResponse();
    render(<ProChat smoothOutput={false} request={async () => source.response} />);
    await typeAndSend('Hi');
    source.push('Hello');
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('Hello'));
    source.push(', world');
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('Hello, world'));
    source.close();
    await waitFor(() => expect(rows('assistant')[0]).toHaveAttribute('data-status', 'done'));
  });

  it('a pro-chat style request (messages, config, signal) that fetches and returns the Response', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response('streamed from my backend'));
    vi.stubGlobal('fetch', fetchMock);
    try {
      render(
        <ProChat
          request={async (messages, config, signal) => {
            const res = await fetch('/my/api', {
              method: 'POST',
              body: JSON.stringify({ messages, model: config.model }),
              signal,
            });
            return res;
          }}
        />,
      );
      await typeAndSend('Hi');
      expect(await within(log()).findByText('streamed from my backend')).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledTimes(1);
      const [url, init] = fetchMock.mock.calls[0];
      expect(url).toBe('/my/api');
      expect(init.signal).toBeInstanceOf(AbortSignal);
      expect(JSON.parse(init.body as string)).toMatchObject({
        messages: [{ role: 'user', content: 'Hi' }],
        model: 'gpt-3.5-turbo',
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('non-stream mode: request resolves later with new Response(text) (no-stream demo)', async () => {
    let resolve!: (text: string) => void;
    const delay = () => new Promise<string>((done) => (resolve = done));
    render(
      <ProChat
        request={async (messages) => {
          const text = await delay();
          return new Response(`${text}${messages.length}条消息`);
        }}
      />,
    );
    await typeAndSend('Hi');
    await waitFor(() => expect(rows('assistant')).toHaveLength(1));
    expect(textOf(rows('assistant')[0])).toBe('');
    resolve('这是一条模拟非流式输出的消息的消息。本次会话传入了');
    expect(await within(log()).findByText('这是一条模拟非流式输出的消息的消息。本次会话传入了1条消息')).toBeInTheDocument();
  });

  it('SSE demo: the app turns an SSE Response into a ReadableStream of text', async () => {
    const dataArray = ['苹', '果', '公司', '是', '一', '家', '科技', '公司'].map(
      (content) =>
        `data: {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1703582861554, "model": "gpt-3.5-turbo-0301", "choices": [{"delta": {"content": "${content}"}, "index": 0, "finish_reason": null}]}`,
    );
    const sseResponse = () => {
      const encoder = new TextEncoder();
      return new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            dataArray.forEach((line) => controller.enqueue(encoder.encode(line)));
            controller.close();
          },
        }),
      );
    };
    render(
      <ProChat
        request={async () => {
          const response = sseResponse();
          if (!response.ok || !response.body) throw new Error(`HTTP error! status: ${response.status}`);
          const reader = response.body.getReader();
          const decoder = new TextDecoder('utf-8');
          const encoder = new TextEncoder();
          const readableStream = new ReadableStream({
            async start(controller) {
              function push() {
                reader
                  .read()
                  .then(({ done, value }) => {
                    if (done) {
                      controller.close();
                      return;
                    }
                    const chunk = decoder.decode(value, { stream: true });
                    const message = chunk.replace('data: ', '');
                    const parsed = JSON.parse(message);
                    controller.enqueue(encoder.encode(parsed.choices[0].delta.content));
                    push();
                  })
                  .catch((err) => controller.error(err));
              }
              push();
            },
          });
          return new Response(readableStream);
        }}
      />,
    );
    await typeAndSend('苹果公司是什么');
    expect(await within(log()).findByText('苹果公司是一家科技公司')).toBeInTheDocument();
  });
});

describe('stop', () => {
  it("Stop over pro-chat's MockResponse (a producer on a timer, no cancel()) keeps the partial reply and logs nothing (toBottomConfig demo)", async () => {
    const errors = vi.spyOn(console, 'error');
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    const data = '一段足够长的模拟回复，'.repeat(40);
    render(<ProChat smoothOutput={false} request={async () => new MockResponse(data, 2).getResponse()} />);
    const user = await typeAndSend('Hello');
    await waitFor(() => expect(textOf(rows('assistant')[0]).length).toBeGreaterThan(5));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(rows('assistant')[0]).toHaveAttribute('data-status', 'aborted'));
    const kept = textOf(rows('assistant')[0]);
    expect(kept.length).toBeGreaterThan(5);
    expect(data.startsWith(kept)).toBe(true);
    // The demo's timer keeps pushing into the stream it made; with a cancelled stream each push threw.
    // Inside act: the row settling after Stop (its action bar) renders meanwhile.
    await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    window.removeEventListener('error', onError);
    expect(uncaught).toEqual([]);
    expect(errors.mock.calls.filter((call) => /already closed|Invalid state/i.test(String(call[0])))).toEqual([]);
    expect(textOf(rows('assistant')[0])).toBe(kept);
    errors.mockRestore();
  });

  it('the Stop button aborts the signal passed as 3rd argument; the partial text stays', async () => {
    const source = manualResponse();
    const signals: AbortSignal[] = [];
    const onChatEnd = vi.fn();
    render(
      <ProChat
        smoothOutput={false}
        onChatEnd={onChatEnd}
        request={async (_messages, _config, signal) => {
          signals.push(signal);
          return source.response;
        }}
      />,
    );
    const user = await typeAndSend('Tell me a story');
    source.push('Once upon a time');
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('Once upon a time'));
    expect(signals[0]).toBeInstanceOf(AbortSignal);
    expect(signals[0].aborted).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(signals[0].aborted).toBe(true);
    await waitFor(() => expect(onChatEnd).toHaveBeenCalledTimes(1));
    const replyId = rows('assistant')[0].getAttribute('data-message-id');
    expect(onChatEnd).toHaveBeenCalledWith(replyId, 'abort');
    expect(textOf(rows('assistant')[0])).toBe('Once upon a time');
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  });

  it('chatRef.current.stopGenerateMessage() stops it too; getChatLoadingId tracks the reply', async () => {
    const source = manualResponse();
    let signal: AbortSignal | undefined;
    const ref: { current?: ProChatInstance } = {};
    function App() {
      const chatRef = useRef<ProChatInstance>(undefined);
      useEffect(() => {
        ref.current = chatRef.current;
      });
      return (
        <ProChat
          chatRef={chatRef}
          smoothOutput={false}
          request={async (_messages, _config, s) => {
            signal = s;
            return source.response;
          }}
        />
      );
    }
    render(<App />);
    await typeAndSend('Hi');
    source.push('partial');
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('partial'));
    const replyId = rows('assistant')[0].getAttribute('data-message-id');
    expect(ref.current!.getChatLoadingId()).toBe(replyId);
    act(() => ref.current!.stopGenerateMessage());
    expect(signal!.aborted).toBe(true);
    await waitFor(() => expect(ref.current!.getChatLoadingId()).toBeUndefined());
    expect(textOf(rows('assistant')[0])).toBe('partial');
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  });
});

describe('regenerate', () => {
  it('the Regenerate action asks again for the same turn and shows the new answer', async () => {
    let n = 0;
    const request = vi.fn(async (messages: ChatMessage[]) => new Response(`answer ${++n} to ${messages.at(-1)?.content}`));
    const initialChats: ChatMessage[] = [
      { id: 'q1', role: 'user', content: '昨天的当天是明天的什么？', createAt: 1697862242452, updateAt: 1697862243540 },
      {
        id: 'a1',
        role: 'assistant',
        content: '昨天的当天是明天的昨天。',
        parentId: 'q1',
        createAt: 1697862247302,
        updateAt: 1697862249387,
      },
    ];
    render(<ProChat initialChats={initialChats} request={request} />);
    await userEvent.setup().click(within(rows('assistant')[0]).getByRole('button', { name: 'Regenerate' }));
    expect(await within(log()).findByText('answer 1 to 昨天的当天是明天的什么？')).toBeInTheDocument();
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][0].map((m) => m.content)).toEqual(['昨天的当天是明天的什么？']);
  });
});

describe('request as a URL string (default demo: request="/api/chat")', () => {
  it("POSTs pro-chat's JSON body to the URL and streams the answer", async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response('Hello from /api/chat', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      const config: ModelConfig = {
        model: 'gpt-3.5-turbo',
        params: { frequency_penalty: 0, presence_penalty: 0, temperature: 0.6, top_p: 1 },
        systemRole: '',
      };
      render(<ProChat request={'/api/chat'} config={config} onResetMessage={async () => undefined} />);
      await typeAndSend('Hi');
      expect(await within(log()).findByText('Hello from /api/chat')).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledTimes(1);
      const [url, init] = fetchMock.mock.calls[0];
      expect(url).toBe('/api/chat');
      expect(init.method).toBe('POST');
      expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
      expect(init.signal).toBeInstanceOf(AbortSignal);
      const body = JSON.parse(init.body as string);
      expect(body).toMatchObject({
        messages: [{ role: 'user', content: 'Hi' }],
        model: 'gpt-3.5-turbo',
        stream: true,
        temperature: 0.6,
        top_p: 1,
        frequency_penalty: 0,
        presence_penalty: 0,
      });
      expect(body.messages).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('sends config.model and config.params, and systemRole first', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response('ok'));
    vi.stubGlobal('fetch', fetchMock);
    try {
      render(
        <ProChat
          request="/api/chat"
          config={{ model: 'gpt-4', params: { temperature: 0.1, max_tokens: 256 }, systemRole: 'You are helpful' }}
        />,
      );
      await typeAndSend('Hi');
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      const body = JSON.parse(fetchMock.mock.calls[0][1].body as string);
      expect(body).toMatchObject({
        model: 'gpt-4',
        stream: true,
        temperature: 0.1,
        max_tokens: 256,
        top_p: 1,
        messages: [
          { role: 'system', content: 'You are helpful' },
          { role: 'user', content: 'Hi' },
        ],
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('config: what request receives', () => {
  const initialChats: ChatMessage[] = [
    { id: 'u1', role: 'user', content: 'first question', createAt: 1697862242452, updateAt: 1697862242452 },
    { id: 'a1', role: 'assistant', content: 'first answer', parentId: 'u1', createAt: 1697862243452, updateAt: 1697862243452 },
    { id: 'u2', role: 'user', content: 'second question', createAt: 1697862244452, updateAt: 1697862244452 },
    { id: 'a2', role: 'assistant', content: 'second answer', parentId: 'u2', createAt: 1697862245452, updateAt: 1697862245452 },
  ];

  it('systemRole first, only the last historyCount messages, inputTemplate applied; payload as 2nd arg; signal as 3rd', async () => {
    const request = vi.fn<NonNullable<Exclude<ProChatProps['request'], string>>>(async () => new Response('done'));
    const onChatStart = vi.fn();
    const config: ModelConfig = {
      model: 'gpt-4',
      params: { temperature: 0.2, max_tokens: 100 },
      systemRole: 'You are a poet',
      historyCount: 2,
      enableHistoryCount: true,
      inputTemplate: 'Answer briefly: {{text}}',
    };
    render(<ProChat initialChats={initialChats} config={config} request={request} onChatStart={onChatStart} />);
    await typeAndSend('third question');
    expect(await within(log()).findByText('done')).toBeInTheDocument();

    expect(request).toHaveBeenCalledTimes(1);
    const [messages, payload, signal] = request.mock.calls[0];
    expect(messages.map(({ role, content }) => ({ role, content }))).toEqual([
      { role: 'system', content: 'You are a poet' },
      { role: 'assistant', content: 'second answer' },
      { role: 'user', content: 'Answer briefly: third question' },
    ]);
    expect(payload).toMatchObject({
      model: 'gpt-4',
      stream: true,
      temperature: 0.2,
      max_tokens: 100,
      top_p: 1,
      frequency_penalty: 0,
      presence_penalty: 0,
    });
    expect(payload.messages).toEqual(messages);
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(onChatStart).toHaveBeenCalledWith(messages);
    // The template is applied to what is sent, not to what is shown.
    expect(within(log()).getByText('third question')).toBeInTheDocument();
    expect(within(log()).queryByText('Answer briefly: third question')).toBeNull();
  });

  it('without enableHistoryCount the whole history is sent', async () => {
    const request = vi.fn(async (_messages: ChatMessage[]) => new Response('ok'));
    render(<ProChat initialChats={initialChats} config={{ historyCount: 1 }} request={request} />);
    await typeAndSend('third question');
    await waitFor(() => expect(request).toHaveBeenCalledTimes(1));
    expect(request.mock.calls[0][0].map((m) => m.content)).toEqual([
      'first question',
      'first answer',
      'second question',
      'second answer',
      'third question',
    ]);
  });
});

describe('listener demo: onChatStart, onChatGenerate, onChatEnd', () => {
  it('are called in order, with the sent messages, each chunk, and (id, "done")', async () => {
    const events: string[] = [];
    const source = manualResponse();
    const chatRef: { current?: ProChatInstance } = {};
    function App() {
      const ref = useRef<ProChatInstance>(undefined);
      useEffect(() => {
        chatRef.current = ref.current;
      });
      return (
        <ProChat
          chatRef={ref}
          smoothOutput={false}
          helloMessage={'欢迎使用 ProChat ，我是你的专属机器人'}
          onChatStart={(chat) => events.push(`start:${chat.length}:${chat.at(-1)?.content}`)}
          onChatGenerate={(chunkText) => events.push(`generate:${chunkText}`)}
          onChatEnd={(id, type) => events.push(`end:${id}:${type}`)}
          request={async () => source.response}
        />
      );
    }
    render(<App />);
    expect(screen.getByText('欢迎使用 ProChat ，我是你的专属机器人')).toBeInTheDocument();
    await typeAndSend('Hi');
    await waitFor(() => expect(events).toEqual(['start:1:Hi']));
    source.push('这是一段');
    await waitFor(() => expect(events).toHaveLength(2));
    source.push('模拟的对话数据');
    await waitFor(() => expect(events).toHaveLength(3));
    source.close();
    await waitFor(() => expect(events).toHaveLength(4));
    const reply = chatRef.current!.getChats().find((m) => m.role === 'assistant')!;
    expect(events).toEqual(['start:1:Hi', 'generate:这是一段', 'generate:模拟的对话数据', `end:${reply.id}:done`]);
    expect(reply.content).toBe('这是一段模拟的对话数据');
  });
});

describe('genMessageId', () => {
  it('an async genMessageId makes the reply id; it gets the context and the user message id', async () => {
    let n = 0;
    const genMessageId = vi.fn(async (_messages: ChatMessage[], _parentId?: string) => `msg-${++n}`);
    const ref: { current?: ProChatInstance } = {};
    function App() {
      const chatRef = useRef<ProChatInstance>(undefined);
      useEffect(() => {
        ref.current = chatRef.current;
      });
      return <ProChat chatRef={chatRef} genMessageId={genMessageId} request={async () => new Response('answer')} />;
    }
    render(<App />);
    await typeAndSend('Hi');
    expect(await within(log()).findByText('answer')).toBeInTheDocument();
    const [user, reply] = ref.current!.getChats();
    expect(reply.role).toBe('assistant');
    expect(reply.id).toMatch(/^msg-\d+$/);
    expect(reply.parentId).toBe(user.id);
    expect(genMessageId).toHaveBeenCalledWith(expect.any(Array), user.id);
    expect(rows('assistant')[0]).toHaveAttribute('data-message-id', reply.id);
  });
});

describe('transformToChatMessage (sse-trans demo)', () => {
  it('rewrites each chunk; a function step pushed with chatRef.pushChat is shown by contentRender', async () => {
    const choices = [{ delta: { content: 'Searching', type: 'function' } }, { delta: { content: '苹果' } }, { delta: { content: '公司' } }];
    const source = manualResponse();
    function App() {
      const chatRef = useRef<ProChatInstance>(undefined);
      return (
        <ProChat
          chatRef={chatRef}
          style={{ height: 800 }}
          transformToChatMessage={async (pre) => {
            try {
              const preJson = JSON.parse(pre);
              const { delta } = preJson;
              const { content, type } = delta;
              if (content === 'Searching' && type === 'function') {
                chatRef.current?.pushChat({ content: 'Doding!', id: 'opDqGn0G', role: 'function' });
              } else {
                return content;
              }
            } catch {
              // not JSON
            }
            return '';
          }}
          chatItemRenderConfig={{
            contentRender: (item) => {
              if (item?.originData?.role === 'function') return <div>正在后台帮你执行操作</div>;
            },
          }}
          request={async () => source.response}
        />
      );
    }
    render(<App />);
    await typeAndSend('帮我查一下');
    for (const choice of choices) {
      source.push(JSON.stringify(choice));
      // one chunk per read, as the demo's stream delivers them
      await waitFor(() => expect(log().textContent).toContain(choice.delta.type ? '正在后台帮你执行操作' : choice.delta.content));
    }
    source.close();
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('苹果公司'));
    expect(rows('function')).toHaveLength(1);
  });
});

describe('errors (error demo)', () => {
  function ErrorDemo(props: Partial<ProChatProps>) {
    const chatRef = useRef<ProChatInstance>(undefined);
    useEffect(() => {
      void chatRef.current?.sendMessage('Hello!');
    }, []);
    return (
      <ProChat
        chatRef={chatRef}
        style={{ height: 500 }}
        request={async () => new Response(null, { status: 500, statusText: 'Internal Server Error' })}
        {...props}
      />
    );
  }

  it("guide/error as pro-chat wrote it (effect without deps, a text body): the server's text shows in the chat", async () => {
    function GuideErrorDemo() {
      const chatRef1 = useRef<ProChatInstance>(undefined);
      useEffect(() => {
        void chatRef1.current?.sendMessage('Hello!');
      });
      return (
        <ProChat chatRef={chatRef1} request={async () => new Response('token 长度超限', { status: 500, statusText: 'limited of token' })} />
      );
    }
    // As a dev server renders it: StrictMode runs the effect twice, so 'Hello!' is sent twice.
    render(
      <StrictMode>
        <GuideErrorDemo />
      </StrictMode>,
    );
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThan(0));
    // Each reply that failed says why, in the server's words; nothing is left blank.
    const last = rows('assistant').at(-1)!;
    expect(last).toHaveAttribute('data-status', 'error');
    expect(within(last).getByRole('button', { name: 'Retry' })).toBeVisible();
    for (const alert of screen.getAllByRole('alert')) expect(alert).toHaveTextContent('token 长度超限');
    expect(within(log()).getAllByText('Hello!').length).toBeGreaterThan(0);
  });

  it('a non-2xx Response shows an error on the reply', async () => {
    render(<ErrorDemo />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(within(log()).getByText('Hello!')).toBeInTheDocument();
  });

  it('renderErrorMessages gets a ChatMessageError with the message and the status as type', async () => {
    const seen: ChatMessageError[] = [];
    render(
      <ErrorDemo
        renderErrorMessages={(errorResponse: ChatMessageError) => {
          seen.push(errorResponse);
          return (
            <Card>
              <Result status="error" title="Something Error" subTitle={errorResponse.message} />
            </Card>
          );
        }}
      />,
    );
    expect(await screen.findByText('Something Error')).toBeInTheDocument();
    expect(seen.at(-1)?.type).toBe(500);
    expect(seen.at(-1)?.message).toBeTruthy();
  });
});
