/**
 * The imperative API with pro-chat's method names: chatRef (use-ref.tsx) and useProChat inside
 * ProChatProvider (use-pro-chat.tsx).
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Divider, Flex } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, ProChatProvider, useProChat, type ChatMessage, type ProChatInstance } from 'pro-chat-next';

import { MockResponse, log, manualResponse, rows, textOf } from './mocks';

const initialChats: ChatMessage[] = [
  { id: 'ZGxiX2p4', role: 'user', content: '昨天的当天是明天的什么？', createAt: 1697862242452, updateAt: 1697862243540 },
  {
    id: 'Sb5pAzLL',
    role: 'assistant',
    content: '昨天的当天是明天的昨天。',
    parentId: 'ZGxiX2p4',
    createAt: 1697862247302,
    updateAt: 1697862249387,
  },
];

const mockRequest = async (messages: ChatMessage[]) => {
  const mockedData: string = `这是一段模拟的流式字符串数据。本次会话传入了${messages.length}条消息`;
  return new MockResponse(mockedData, 1).getResponse();
};

/** Renders `<ProChat chatRef>` the way use-ref.tsx does, and hands the instance to the test. */
function renderWithRef(props: Partial<Parameters<typeof ProChat>[0]> = {}) {
  const holder: { current?: ProChatInstance } = {};
  function App() {
    const proChatRef = useRef<ProChatInstance>(undefined);
    useEffect(() => {
      holder.current = proChatRef.current;
    });
    return (
      <div>
        <Button
          type={'primary'}
          onClick={() => {
            if (!proChatRef.current) return;
            const messages = proChatRef.current.getChatMessages();
            const { id, content } = messages[0] || {};
            proChatRef.current.scrollToBottom?.();
            if (!id) return;
            proChatRef.current.setMessageContent(id, content + '👋');
          }}
        >
          修改首条消息，添加表情：👋
        </Button>
        <ProChat initialChats={initialChats} chatRef={proChatRef} request={mockRequest} {...props} />
      </div>
    );
  }
  const view = render(<App />);
  return { ...view, chat: () => holder.current! };
}

describe('chatRef (use-ref.tsx)', () => {
  it('the demo button edits the first message and scrolls', async () => {
    renderWithRef();
    await userEvent.setup().click(screen.getByRole('button', { name: '修改首条消息，添加表情：👋' }));
    expect(within(log()).getByText('昨天的当天是明天的什么？👋')).toBeInTheDocument();
  });

  it('getChats / getChatMessages / getChatById return pro-chat message shapes', () => {
    const { chat } = renderWithRef();
    expect(
      chat()
        .getChats()
        .map((m) => m.id),
    ).toEqual(['ZGxiX2p4', 'Sb5pAzLL']);
    expect(
      chat()
        .getChatMessages()
        .map((m) => m.content),
    ).toEqual(['昨天的当天是明天的什么？', '昨天的当天是明天的昨天。']);
    expect(chat().getChatById('Sb5pAzLL')).toMatchObject({
      id: 'Sb5pAzLL',
      role: 'assistant',
      content: '昨天的当天是明天的昨天。',
      parentId: 'ZGxiX2p4',
      createAt: 1697862247302,
      updateAt: 1697862249387,
    });
  });

  it('sendMessage sends like the user would and resolves after the reply', async () => {
    const { chat } = renderWithRef();
    await act(() => chat().sendMessage('这是程序化发送的消息'));
    expect(within(log()).getByText('这是程序化发送的消息')).toBeInTheDocument();
    expect(await within(log()).findByText('这是一段模拟的流式字符串数据。本次会话传入了3条消息')).toBeInTheDocument();
    expect(
      chat()
        .getChats()
        .map((m) => m.role),
    ).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it('resendMessage(id) asks again for that turn and shows the new answer', async () => {
    let n = 0;
    const request = vi.fn(async (messages: ChatMessage[]) => new Response(`第${++n}次回答：${messages.at(-1)?.content}`));
    const { chat } = renderWithRef({ request });
    await act(() => chat().resendMessage('ZGxiX2p4'));
    expect(await within(log()).findByText('第1次回答：昨天的当天是明天的什么？')).toBeInTheDocument();
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][0].map((m) => m.id)).toEqual(['ZGxiX2p4']);
  });

  it('pushChat adds a message without a request, with or without an id', () => {
    const request = vi.fn(mockRequest);
    const { chat } = renderWithRef({ request });
    act(() => chat().pushChat({ content: 'Doding!', id: 'opDqGn0G', role: 'function' }));
    act(() => chat().pushChat({ content: '来自服务端的推送', role: 'assistant' }));
    expect(within(log()).getByText('Doding!')).toBeInTheDocument();
    expect(within(log()).getByText('来自服务端的推送')).toBeInTheDocument();
    expect(chat().getChatById('opDqGn0G')).toMatchObject({ role: 'function', content: 'Doding!' });
    const pushed = chat().getChats().at(-1)!;
    expect(pushed).toMatchObject({ role: 'assistant', content: '来自服务端的推送' });
    expect(typeof pushed.id).toBe('string');
    expect(request).not.toHaveBeenCalled();
  });

  it('setChat merges fields; setMessageContent and setMessageValue change one message', () => {
    const { chat } = renderWithRef();
    act(() => chat().setChat('Sb5pAzLL', { content: '已被 setChat 修改' }));
    expect(within(log()).getByText('已被 setChat 修改')).toBeInTheDocument();
    expect(chat().getChatById('Sb5pAzLL')).toMatchObject({ role: 'assistant', parentId: 'ZGxiX2p4' });

    act(() => chat().setMessageContent('ZGxiX2p4', '新的问题'));
    expect(within(log()).getByText('新的问题')).toBeInTheDocument();

    act(() => chat().setMessageValue('Sb5pAzLL', 'content', '已被 setMessageValue 修改'));
    expect(within(log()).getByText('已被 setMessageValue 修改')).toBeInTheDocument();
    act(() => chat().setMessageValue('Sb5pAzLL', 'extra', { translate: 'done' }));
    expect(chat().getChatById('Sb5pAzLL')?.extra).toEqual({ translate: 'done' });
  });

  it('deleteMessage removes one message', () => {
    const { chat } = renderWithRef();
    act(() => chat().deleteMessage('ZGxiX2p4'));
    expect(within(log()).queryByText('昨天的当天是明天的什么？')).toBeNull();
    expect(within(log()).getByText('昨天的当天是明天的昨天。')).toBeInTheDocument();
    expect(
      chat()
        .getChats()
        .map((m) => m.id),
    ).toEqual(['Sb5pAzLL']);
  });

  it('clearMessage awaits onResetMessage, then empties the chat', async () => {
    let finishReset!: () => void;
    const onResetMessage = vi.fn(() => new Promise<void>((resolve) => (finishReset = resolve)));
    const { chat } = renderWithRef({ onResetMessage });
    let cleared!: Promise<void>;
    act(() => {
      cleared = chat().clearMessage();
    });
    expect(onResetMessage).toHaveBeenCalledTimes(1);
    expect(rows()).toHaveLength(2);
    await act(async () => {
      finishReset();
      await cleared;
    });
    expect(rows()).toHaveLength(0);
    expect(chat().getChats()).toEqual([]);
  });

  it('getChatLoadingId is the streaming reply id, then undefined; stopGenerateMessage stops', async () => {
    const source = manualResponse();
    const { chat } = renderWithRef({ request: async () => source.response, smoothOutput: false });
    expect(chat().getChatLoadingId()).toBeUndefined();
    let sent!: Promise<void>;
    act(() => {
      sent = chat().sendMessage('Hi');
    });
    await waitFor(() => expect(chat().getChatLoadingId()).toBeDefined());
    const reply = chat().getChats().at(-1)!;
    expect(chat().getChatLoadingId()).toBe(reply.id);
    source.push('half');
    await waitFor(() => expect(textOf(rows('assistant').at(-1))).toBe('half'));
    act(() => chat().stopGenerateMessage());
    await act(() => sent);
    expect(chat().getChatLoadingId()).toBeUndefined();
    expect(chat().getChatById(reply.id)?.content).toBe('half');
  });

  it('scrollToBottom scrolls the message list', () => {
    const { chat } = renderWithRef();
    const list = log();
    const scrollTo = vi.fn();
    list.scrollTo = scrollTo as unknown as typeof list.scrollTo;
    act(() => chat().scrollToBottom?.());
    expect(scrollTo).toHaveBeenCalledTimes(1);
  });
});

describe('useProChat inside ProChatProvider (use-pro-chat.tsx)', () => {
  function Chat() {
    return <ProChat request={mockRequest} />;
  }

  function Control() {
    const proChat = useProChat();
    const [info, setInfo] = useState('');
    return (
      <Flex style={{ padding: 24 }} gap={8} justify={'space-between'}>
        <Button type={'primary'} onClick={() => void proChat.sendMessage('这是程序化发送的消息')}>
          发送一条消息
        </Button>
        <Button
          onClick={() => {
            const messages = proChat.getChatMessages();
            const msg = messages.at(-1);
            setInfo(msg ? String(msg.content) : '会话为空');
          }}
        >
          获取最新会话消息
        </Button>
        <Button
          onClick={() => {
            const messages = proChat.getChatMessages();
            const { id, content } = messages[0] || {};
            if (!id) return;
            proChat.setMessageContent(id, content + '👋');
          }}
        >
          修改首条消息，添加表情：👋
        </Button>
        <Button
          danger
          onClick={() => {
            const messages = proChat.getChatMessages();
            if (!messages.length) setInfo('会话为空');
            else {
              proChat.deleteMessage(messages[0].id);
              setInfo('已删除第一条消息');
            }
          }}
        >
          删除第一条消息
        </Button>
        <Button type={'primary'} danger onClick={() => void proChat.clearMessage()}>
          清空消息
        </Button>
        <output aria-label="info">{info}</output>
      </Flex>
    );
  }

  it('drives the chat from outside with pro-chat method names', async () => {
    render(
      <ProChatProvider initialChats={initialChats}>
        <Control />
        <Divider>🔼 程序化控制 | 🔽 用户控制</Divider>
        <Chat />
      </ProChatProvider>,
    );
    const user = userEvent.setup();
    const info = () => screen.getByRole('status', { name: 'info' });

    await user.click(screen.getByRole('button', { name: '获取最新会话消息' }));
    expect(info()).toHaveTextContent('昨天的当天是明天的昨天。');

    await user.click(screen.getByRole('button', { name: '修改首条消息，添加表情：👋' }));
    expect(within(log()).getByText('昨天的当天是明天的什么？👋')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '发送一条消息' }));
    expect(await within(log()).findByText('这是一段模拟的流式字符串数据。本次会话传入了3条消息')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '删除第一条消息' }));
    expect(info()).toHaveTextContent('已删除第一条消息');
    expect(within(log()).queryByText('昨天的当天是明天的什么？👋')).toBeNull();

    await user.click(screen.getByRole('button', { name: '清空消息' }));
    await waitFor(() => expect(rows()).toHaveLength(0));
    await user.click(screen.getByRole('button', { name: '获取最新会话消息' }));
    expect(info()).toHaveTextContent('会话为空');
  });

  it('request and onResetMessage may sit on the provider', async () => {
    const onResetMessage = vi.fn(async () => undefined);
    let instance!: ProChatInstance;
    function Grab() {
      instance = useProChat();
      return null;
    }
    render(
      <ProChatProvider initialChats={initialChats} request={async () => new Response('provider answer')} onResetMessage={onResetMessage}>
        <Grab />
        <ProChat />
      </ProChatProvider>,
    );
    await act(() => instance.sendMessage('Hi'));
    expect(await within(log()).findByText('provider answer')).toBeInTheDocument();
    await act(() => instance.clearMessage());
    expect(onResetMessage).toHaveBeenCalledTimes(1);
    expect(rows()).toHaveLength(0);
  });
});
