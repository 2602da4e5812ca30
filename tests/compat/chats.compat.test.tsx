/**
 * Messages given by the app: initialChats (array and pro-chat's object map keyed by id), controlled
 * chats + onChatsChange (control.tsx), docs mode, helloMessage, loading.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, type ChatMessage, type ModelConfig, type ProChatInstance } from 'pro-chat-next';

import { MockResponse, log, rows, textOf } from './mocks';

// pro-chat's src/ProChat/mocks/basic.ts shape (timestamps in seconds there).
const example: { chats: ChatMessage[]; config: ModelConfig } = {
  chats: [
    { content: '昨天的当天是明天的什么？', createAt: 1709025603, id: 'ZGxiX2p4', role: 'user', updateAt: 1709025604 },
    {
      content: '昨天的当天是明天的昨天。',
      createAt: 1709025605,
      id: 'Sb5pAzLL',
      parentId: 'ZGxiX2p4',
      role: 'assistant',
      updateAt: 1709025606,
      model: 'gpt-3.5-turbo',
    },
  ],
  config: {
    model: 'gpt-3.5-turbo',
    params: { frequency_penalty: 0, presence_penalty: 0, temperature: 0.6, top_p: 1 },
    systemRole: '',
  },
};

// Older pro-chat docs (threebody.ts, customeClassName.ts) keep chats in an object keyed by id.
const threebody: { chats: Record<string, ChatMessage> } = {
  chats: {
    ZGxiX2p4: {
      content: '你是谁？',
      createAt: 1697862242452,
      id: 'ZGxiX2p4',
      role: 'user',
      updateAt: 1697862243540,
    },
    Sb5pAzLL: {
      content: '我是三体世界的智子。',
      createAt: 1697862247302,
      id: 'Sb5pAzLL',
      parentId: 'ZGxiX2p4',
      role: 'assistant',
      updateAt: 1697862249387,
      model: 'gpt-3.5-turbo',
    },
  },
};

describe('initialChats', () => {
  it('an array of pro-chat messages (createAt/updateAt) is shown in order', () => {
    render(<ProChat initialChats={example.chats} config={example.config} />);
    expect(rows().map((row) => textOf(row))).toEqual(['昨天的当天是明天的什么？', '昨天的当天是明天的昨天。']);
    expect(rows('user')).toHaveLength(1);
    expect(rows('assistant')).toHaveLength(1);
  });

  it('an object map keyed by id is read too (ids and timestamps kept)', () => {
    const ref: { current?: ProChatInstance } = {};
    render(<ProChat initialChats={threebody.chats} chatRef={(instance) => void (ref.current = instance ?? undefined)} />);
    expect(rows().map((row) => textOf(row))).toEqual(['你是谁？', '我是三体世界的智子。']);
    expect(ref.current!.getChatById('Sb5pAzLL')).toMatchObject({
      id: 'Sb5pAzLL',
      role: 'assistant',
      content: '我是三体世界的智子。',
      parentId: 'ZGxiX2p4',
      createAt: 1697862247302,
      updateAt: 1697862249387,
    });
  });

  it('Object.values(map) works the same (use-pro-chat / customeClassName demos)', () => {
    render(<ProChat initialChats={Object.values(threebody.chats)} />);
    expect(within(log()).getByText('你是谁？')).toBeInTheDocument();
    expect(within(log()).getByText('我是三体世界的智子。')).toBeInTheDocument();
  });

  it('a sent message continues the initial conversation (history sent to request)', async () => {
    const request = vi.fn(async (messages: ChatMessage[]) => new Response(`本次会话传入了${messages.length}条消息`));
    render(<ProChat initialChats={example.chats} request={request} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), '那明天呢？{Enter}');
    expect(await within(log()).findByText('本次会话传入了3条消息')).toBeInTheDocument();
    expect(request.mock.calls[0][0].map((m) => m.id).slice(0, 2)).toEqual(['ZGxiX2p4', 'Sb5pAzLL']);
  });
});

describe('controlled chats (control.tsx)', () => {
  it('onChatsChange gives the list back; the app state drives what is shown', async () => {
    const changes: ChatMessage[][] = [];
    function App() {
      const [chats, setChats] = useState<ChatMessage[]>();
      return (
        <>
          <output aria-label="count">{chats?.length ?? 0}</output>
          <button type="button" onClick={() => setChats(example.chats)}>
            load example
          </button>
          <button type="button" onClick={() => setChats([])}>
            empty
          </button>
          <ProChat
            chats={chats}
            onChatsChange={(chats) => {
              changes.push(chats);
              setChats(chats);
            }}
            request={async (messages) => {
              const mockedData: string = `这是一段模拟的流式字符串数据。本次会话传入了${messages.length}条消息`;
              return new MockResponse(mockedData, 1).getResponse();
            }}
          />
        </>
      );
    }
    render(<App />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), '你好{Enter}');
    expect(await within(log()).findByText('这是一段模拟的流式字符串数据。本次会话传入了1条消息')).toBeInTheDocument();
    await waitFor(() => expect(changes.at(-1)?.[1]?.content).toBe('这是一段模拟的流式字符串数据。本次会话传入了1条消息'));
    await waitFor(() => expect(screen.getByRole('status', { name: 'count' })).toHaveTextContent('2'));
    const last = changes.at(-1)!;
    expect(last.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(last[0]).toMatchObject({ content: '你好', role: 'user' });
    expect(typeof last[0].id).toBe('string');
    expect(typeof last[0].createAt).toBe('number');
    expect(typeof last[0].updateAt).toBe('number');

    await user.click(screen.getByRole('button', { name: 'load example' }));
    expect(rows().map((row) => textOf(row))).toEqual(['昨天的当天是明天的什么？', '昨天的当天是明天的昨天。']);
    await user.click(screen.getByRole('button', { name: 'empty' }));
    expect(rows()).toHaveLength(0);
  });

  it('doc-mode demo: chats given once, displayMode="docs"', () => {
    render(<ProChat displayMode={'docs'} style={{ height: '100%' }} chats={example.chats} config={example.config} />);
    expect(within(log()).getByText('昨天的当天是明天的什么？')).toBeInTheDocument();
    expect(within(log()).getByText('昨天的当天是明天的昨天。')).toBeInTheDocument();
  });
});

describe('helloMessage', () => {
  it('a markdown string is rendered as markdown (link) while the chat is empty', async () => {
    render(
      <ProChat
        helloMessage={'这是一条自定义消息，支持 markdown 消息，例如：[ProChat](https://github.com/ant-design/pro-chat)'}
        request={async () => new Response('ok')}
      />,
    );
    expect(screen.getByRole('link', { name: 'ProChat' })).toHaveAttribute('href', 'https://github.com/ant-design/pro-chat');
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    expect(await within(log()).findByText('ok')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'ProChat' })).toBeNull();
  });

  it('a ReactNode is shown as is', () => {
    render(<ProChat helloMessage={<div>{'这是一条自定义 ReactNode 消息'}</div>} />);
    expect(screen.getByText('这是一条自定义 ReactNode 消息')).toBeInTheDocument();
  });
});

describe('loading (loading.tsx)', () => {
  it('hides the conversation while loading, shows it when loading turns false', async () => {
    function App() {
      const [loading, setLoading] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setLoading(false)}>
            加载完成
          </button>
          <button type="button" onClick={() => setLoading(true)}>
            开始加载
          </button>
          <ProChat loading={loading} initialChats={example.chats} />
        </>
      );
    }
    render(<App />);
    expect(screen.queryByText('昨天的当天是明天的什么？')).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '加载完成' }));
    expect(screen.getByText('昨天的当天是明天的什么？')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '开始加载' }));
    expect(screen.queryByText('昨天的当天是明天的什么？')).toBeNull();
  });
});
