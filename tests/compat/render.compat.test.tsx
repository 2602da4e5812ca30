/**
 * Customisation as pro-chat's docs show it: chatItemRenderConfig (actions.tsx, actions-chat-item.tsx,
 * callbacks.tsx, sse-trans.tsx), input area hooks (renderInputArea.tsx), actions bar, metas
 * (meta.tsx, customeClassName.tsx), itemShouldUpdate, className / style / appStyle.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Avatar, Button, Form, Input, Space } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, type ChatMessage, type MetaData, type ProChatInstance, type ProChatProps } from 'pro-chat-next';

import { log, rows, textOf } from './mocks';

const chats: ChatMessage[] = [
  { id: 'u1', role: 'user', content: '你是谁？', createAt: 1697862242452, updateAt: 1697862243540 },
  { id: 'a1', role: 'assistant', content: '我是三体世界的智子。', parentId: 'u1', createAt: 1697862247302, updateAt: 1697862249387 },
];

describe('chatItemRenderConfig render hooks', () => {
  it('contentRender / avatarRender / titleRender get (props, defaultDom); returning nothing keeps the default', () => {
    const seen: Array<{ role: string; defaultIsNode: boolean }> = [];
    render(
      <ProChat
        showTitle
        initialChats={[...chats, { id: 'f1', role: 'function', content: 'Doding!', createAt: 1697862250000, updateAt: 1697862250000 }]}
        chatItemRenderConfig={{
          avatarRender: (item, defaultDom) => {
            if (item?.originData?.role === 'function') {
              return (
                <Avatar size={'large'} src={'https://gw.alipayobjects.com/zos/rmsportal/KDpgvguMpGfqaHPjicRK.svg'} alt="function avatar" />
              );
            }
            return defaultDom;
          },
          contentRender: (item, defaultDom) => {
            seen.push({ role: String(item.originData.role), defaultIsNode: defaultDom !== undefined });
            if (item?.originData?.role === 'function') return <div>正在后台帮你执行操作</div>;
          },
          titleRender: (item, defaultDom) => (item.primary ? <span>我的标题</span> : defaultDom),
        }}
      />,
    );
    expect(within(log()).getByText('正在后台帮你执行操作')).toBeInTheDocument();
    expect(within(log()).queryByText('Doding!')).toBeNull();
    expect(screen.getByRole('img', { name: 'function avatar' })).toBeInTheDocument();
    expect(textOf(rows('user')[0])).toBe('你是谁？');
    expect(textOf(rows('assistant')[0])).toBe('我是三体世界的智子。');
    expect(rows('user')[0]).toHaveTextContent('我的标题');
    expect(seen.map((s) => s.role)).toEqual(expect.arrayContaining(['user', 'assistant', 'function']));
  });

  it('message text is in props.message and the whole message in props.originData', () => {
    const contents: string[] = [];
    render(
      <ProChat
        initialChats={chats}
        chatItemRenderConfig={{
          contentRender: (props) => {
            contents.push(`${props.originData.id}:${String(props.message)}`);
            return <p>custom: {String(props.message)}</p>;
          },
        }}
      />,
    );
    expect(within(log()).getByText('custom: 你是谁？')).toBeInTheDocument();
    expect(contents).toEqual(expect.arrayContaining(['u1:你是谁？', 'a1:我是三体世界的智子。']));
  });

  it('false hides a part', () => {
    render(
      <ProChat initialChats={chats} userMeta={{ avatar: '😀' }} chatItemRenderConfig={{ avatarRender: false, actionsRender: false }} />,
    );
    expect(within(log()).queryByText('😀')).toBeNull();
    expect(within(log()).queryByRole('button', { name: 'Copy' })).toBeNull();
    expect(within(log()).getByText('你是谁？')).toBeInTheDocument();
  });

  it('actionsRender (actions-chat-item.tsx): a custom button starts editing through onStartEdit', async () => {
    render(
      <ProChat
        initialChats={chats}
        chatItemRenderConfig={{
          actionsRender: (props, _dom, actionsProps) => {
            if (props?.editing) return null;
            return (
              <Button type="default" onClick={() => actionsProps?.onStartEdit()}>
                Start Editing
              </Button>
            );
          },
        }}
      />,
    );
    const buttons = screen.getAllByRole('button', { name: 'Start Editing' });
    expect(buttons).toHaveLength(2);
    await userEvent.setup().click(within(rows('assistant')[0]).getByRole('button', { name: 'Start Editing' }));
    expect(await screen.findByDisplayValue('我是三体世界的智子。')).toBeInTheDocument();
  });

  it('render gets the parts and the default row', () => {
    render(
      <ProChat
        initialChats={chats}
        chatItemRenderConfig={{
          render: (props, domsMap, defaultDom) =>
            props.primary ? <section aria-label="my row">{domsMap.messageContent}</section> : defaultDom,
        }}
      />,
    );
    expect(screen.getByRole('region', { name: 'my row' })).toHaveTextContent('你是谁？');
    expect(within(log()).getByText('我是三体世界的智子。')).toBeInTheDocument();
  });
});

describe('chatItemRenderConfig.actionsProps (actions.tsx)', () => {
  it('chooses which actions each role shows, and which go into the more menu', async () => {
    render(
      <ProChat
        initialChats={chats}
        chatItemRenderConfig={{ actionsProps: { user: { actions: ['regenerate', 'edit'], moreActions: ['del', 'copy'] } } }}
        request={async () => new Response('ok')}
      />,
    );
    const userRow = rows('user')[0];
    expect(within(userRow).getByRole('button', { name: 'Regenerate' })).toBeInTheDocument();
    expect(within(userRow).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(within(userRow).queryByRole('button', { name: 'Delete' })).toBeNull();
    await userEvent.setup().click(within(userRow).getByRole('button', { name: 'More' }));
    expect(await screen.findByRole('menuitem', { name: /Delete/ })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /Copy/ })).toBeInTheDocument();
  });

  it('Delete from the more menu asks first, as the inline Delete does', async () => {
    render(
      <ProChat
        initialChats={chats}
        chatItemRenderConfig={{ actionsProps: { user: { actions: ['edit'], moreActions: ['del'] } } }}
        request={async () => new Response('ok')}
      />,
    );
    const user = userEvent.setup();
    await user.click(within(rows('user')[0]).getByRole('button', { name: 'More' }));
    await user.click(await screen.findByRole('menuitem', { name: /Delete/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Delete this message and its reply?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(rows('user')).toHaveLength(1);

    await user.click(within(rows('user')[0]).getByRole('button', { name: 'More' }));
    await user.click(await screen.findByRole('menuitem', { name: /Delete/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(rows('user')).toHaveLength(0));
  });
});

describe('chatItemRenderConfig.actionsCallbacks (callbacks.tsx)', () => {
  function CallbacksDemo({ request, onEdit }: { request: ProChatProps['request']; onEdit: (id: string, value: string) => void }) {
    const chatRef = useRef<ProChatInstance>(null);
    return (
      <ProChat
        chatRef={chatRef}
        initialChats={[{ id: '1', content: 'test', role: 'user', createAt: Date.now(), updateAt: Date.now() }]}
        chatItemRenderConfig={{
          actionsProps: { user: { actions: ['regenerate', 'edit'], moreActions: ['del'] } },
          actionsCallbacks: {
            onEditFinished(id, value) {
              onEdit(id, value);
              void chatRef.current?.resendMessage(id);
            },
          },
        }}
        request={request}
      />
    );
  }

  it('onEditFinished(id, value) after saving an edit; the app resends, one request', async () => {
    const onEdit = vi.fn();
    const request = vi.fn(async (messages: ChatMessage[]) => new Response(String(messages.at(-1)?.content)));
    render(<CallbacksDemo request={request} onEdit={onEdit} />);
    const user = userEvent.setup();
    await user.click(within(rows('user')[0]).getByRole('button', { name: 'Edit' }));
    const editor = await screen.findByDisplayValue('test');
    await user.clear(editor);
    await user.type(editor, 'edited');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenCalledWith('1', 'edited');
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('edited'));
    // pro-chat only saves the edit; the reply comes from the app's own resendMessage call.
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('onRegenerateFinished(id, error) after Regenerate', async () => {
    const onRegenerateFinished = vi.fn();
    render(
      <ProChat
        initialChats={chats}
        chatItemRenderConfig={{ actionsCallbacks: { onRegenerateFinished } }}
        request={async () => new Response('新的回答')}
      />,
    );
    await userEvent.setup().click(within(rows('assistant')[0]).getByRole('button', { name: 'Regenerate' }));
    expect(await within(log()).findByText('新的回答')).toBeInTheDocument();
    await waitFor(() => expect(onRegenerateFinished).toHaveBeenCalledTimes(1));
    expect(onRegenerateFinished.mock.calls[0][1]).toBeFalsy();
  });
});

describe('input area hooks', () => {
  it('renderInputArea (deprecated name) replaces the input area: a Form that sends and clears', async () => {
    const request = vi.fn(async (messages: ChatMessage[]) => new Response(`收到：${messages.at(-1)?.content}`));
    const renderInputArea = (_: ReactNode, onMessageSend: (message: string) => void | Promise<unknown>, onClear: () => void) => (
      <Form
        onFinish={async (value: { question: string }) => {
          await onMessageSend(`${value.question} (with files)`);
        }}
        initialValues={{ question: '下面的图片是什么意思？' }}
      >
        <Form.Item label="Question" name="question" rules={[{ required: true, message: '请输入你要询问的内容!' }]}>
          <Input.TextArea style={{ height: 100 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              发送对话消息
            </Button>
            <Button htmlType="button" onClick={onClear}>
              清空当前对话内容
            </Button>
          </Space>
        </Form.Item>
      </Form>
    );
    render(<ProChat renderInputArea={renderInputArea} request={request} />);
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '发送对话消息' }));
    expect(await within(log()).findByText('收到：下面的图片是什么意思？ (with files)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清空当前对话内容' }));
    await waitFor(() => expect(rows()).toHaveLength(0));
  });

  it('inputAreaRender gets (defaultDom, onMessageSend, onClear) and may wrap the default', async () => {
    render(
      <ProChat
        request={async () => new Response('ok')}
        inputAreaRender={(defaultDom, onMessageSend) => (
          <div data-testid="my-area">
            <Button onClick={() => onMessageSend('快捷问题')}>快捷问题</Button>
            {defaultDom}
          </div>
        )}
      />,
    );
    expect(screen.getByTestId('my-area')).toContainElement(screen.getByRole('textbox', { name: 'Message' }));
    await userEvent.setup().click(screen.getByRole('button', { name: '快捷问题' }));
    expect(await within(log()).findByText('快捷问题')).toBeInTheDocument();
  });

  it('inputRender gets (defaultDom, onMessageSend, defaultProps) and can replace the textarea', async () => {
    const request = vi.fn(async () => new Response('ok'));
    render(
      <ProChat
        request={request}
        inputRender={(_defaultDom, onMessageSend, defaultProps) => (
          <Input.TextArea
            {...defaultProps}
            aria-label="my input"
            onPressEnter={(e) => {
              e.preventDefault();
              onMessageSend(e.currentTarget.value);
            }}
          />
        )}
      />,
    );
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'my input' }), 'from my input{Enter}');
    expect(await within(log()).findByText('from my input')).toBeInTheDocument();
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('sendButtonRender gets (defaultDom, defaultProps) and the custom button sends', async () => {
    const request = vi.fn(async () => new Response('ok'));
    render(
      <ProChat
        request={request}
        sendButtonRender={(_defaultDom, defaultProps) => (
          <Button {...defaultProps} aria-label={undefined} icon={undefined}>
            发送啦
          </Button>
        )}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'button send');
    await user.click(screen.getByRole('button', { name: '发送啦' }));
    expect(await within(log()).findByText('button send')).toBeInTheDocument();
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('actions.render adds to the bar above the input, keeping the default clear button', async () => {
    const open = vi.fn();
    render(
      <ProChat
        initialChats={chats}
        actions={{
          render: (defaultDoms) => [
            <a key="user" onClick={() => open('https://github.com/ant-design/pro-chat')}>
              人工服务
            </a>,
            ...defaultDoms,
          ],
          flexConfig: { gap: 24 },
        }}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByText('人工服务'));
    expect(open).toHaveBeenCalledWith('https://github.com/ant-design/pro-chat');
    await user.click(screen.getByRole('button', { name: 'Clear conversation' }));
    await user.click(await screen.findByRole('button', { name: 'OK' }));
    await waitFor(() => expect(rows()).toHaveLength(0));
  });
});

describe('itemShouldUpdate', () => {
  function App({ itemShouldUpdate, onRef }: Pick<ProChatProps, 'itemShouldUpdate'> & { onRef: (i: ProChatInstance) => void }) {
    const chatRef = useRef<ProChatInstance>(undefined);
    useEffect(() => {
      if (chatRef.current) onRef(chatRef.current);
    });
    return <ProChat chatRef={chatRef} initialChats={chats} itemShouldUpdate={itemShouldUpdate} />;
  }

  it('returning false keeps the row as it was rendered', () => {
    let chat!: ProChatInstance;
    const itemShouldUpdate = vi.fn(() => false);
    render(<App itemShouldUpdate={itemShouldUpdate} onRef={(i) => (chat = i)} />);
    act(() => chat.setMessageContent('a1', '改过的内容'));
    expect(itemShouldUpdate).toHaveBeenCalled();
    expect(within(log()).queryByText('改过的内容')).toBeNull();
    expect(within(log()).getByText('我是三体世界的智子。')).toBeInTheDocument();
  });

  it('gets (prevProps, nextProps) with the message fields; true re-renders', () => {
    let chat!: ProChatInstance;
    const itemShouldUpdate = vi.fn((prevProps: ChatMessage, nextProps: ChatMessage) => prevProps.content !== nextProps.content);
    render(<App itemShouldUpdate={itemShouldUpdate} onRef={(i) => (chat = i)} />);
    act(() => chat.setMessageContent('a1', '改过的内容'));
    expect(within(log()).getByText('改过的内容')).toBeInTheDocument();
    const [prev, next] = itemShouldUpdate.mock.calls.at(-1)!;
    expect(prev).toMatchObject({ id: 'a1', content: '我是三体世界的智子。', role: 'assistant' });
    expect(next).toMatchObject({ id: 'a1', content: '改过的内容', role: 'assistant' });
  });
});

describe('metas (meta.tsx, customeClassName.tsx)', () => {
  it('userMeta / assistantMeta avatars and titles with showTitle, className per side', () => {
    const userMeta: MetaData = {
      avatar: 'https://gw.alipayobjects.com/zos/rmsportal/KDpgvguMpGfqaHPjicRK.svg',
      title: 'Ant Design',
      className: 'my-pro-chat-user',
    };
    const assistantMeta: MetaData = { avatar: '🛸', title: '三体世界', backgroundColor: '#67dedd', className: 'my-pro-chat-assistant' };
    const { container } = render(<ProChat showTitle userMeta={userMeta} assistantMeta={assistantMeta} initialChats={chats} />);
    const [userRow, botRow] = rows();
    expect(userRow).toHaveTextContent('Ant Design');
    expect(userRow.querySelector('img')).toHaveAttribute('src', userMeta.avatar as string);
    expect(botRow).toHaveTextContent('三体世界');
    expect(botRow).toHaveTextContent('🛸');
    expect(container.querySelector('.my-pro-chat-user')).toHaveTextContent('你是谁？');
    expect(container.querySelector('.my-pro-chat-assistant')).toHaveTextContent('我是三体世界的智子。');
  });

  it('titles are hidden without showTitle', () => {
    render(<ProChat userMeta={{ title: 'Ant Design' }} assistantMeta={{ title: '三体世界' }} initialChats={chats} />);
    expect(within(log()).queryByText('Ant Design')).toBeNull();
    expect(within(log()).queryByText('三体世界')).toBeNull();
  });
});

describe('className, style, appStyle', () => {
  it('className and style reach the chat; appStyle the outermost element', () => {
    const { container } = render(
      <ProChat className="my-chat" style={{ height: 500 }} appStyle={{ background: 'rgb(1, 2, 3)' }} initialChats={chats} />,
    );
    const styled = container.querySelector<HTMLElement>('.my-chat');
    expect(styled).not.toBeNull();
    expect(styled).toContainElement(log());
    expect(styled).toHaveStyle({ height: '500px' });
    expect(container.firstElementChild).toHaveStyle({ background: 'rgb(1, 2, 3)' });
  });
});
