import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import zhCNAntd from 'antd/locale/zh_CN';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { createMessage, ProChat, ProChatProvider, useProChat, type ChatMessage, type ProChatInstance, type ProChatProps } from '../../src';
import { manualStream, utf8 } from '../helpers/streams';

const log = () => screen.getByRole('log');
const rows = (role?: string) => [...log().querySelectorAll<HTMLElement>(role ? `[data-role="${role}"]` : '[data-role]')];
const textOf = (row: HTMLElement) => row.querySelector('[data-part="content"]')?.textContent ?? '';
const lastReply = () => rows('assistant').at(-1)!;

async function send(text: string, name = 'Message') {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name }), `${text}{Enter}`);
  return user;
}

const history = (): ChatMessage[] => [
  createMessage({ id: 'u1', role: 'user', content: 'First question' }),
  createMessage({ id: 'a1', role: 'assistant', content: 'First answer', parentId: 'u1' }),
];

/** Echoes the last user message, numbered per call. */
function echo() {
  let n = 0;
  return vi.fn((messages: ChatMessage[]) => `reply ${++n} to ${messages.at(-1)?.content}`);
}

describe('meta, titles and layout', () => {
  it('renders emoji, image URL and node avatars, titles and classNames', () => {
    render(
      <ProChat
        initialChats={history()}
        showTitle
        userMeta={{ avatar: 'https://example.com/me.png', title: 'Ada', className: 'user-row' }}
        assistantMeta={{ avatar: '🦉', title: 'Owl', backgroundColor: 'rgb(1, 2, 3)', className: 'bot-row' }}
      />,
    );
    const [user, bot] = rows();
    expect(user.querySelector('img')).toHaveAttribute('src', 'https://example.com/me.png');
    expect(user).toHaveTextContent('Ada');
    expect(user).toHaveClass('user-row');
    expect(bot).toHaveTextContent('🦉');
    expect(bot).toHaveTextContent('Owl');
    expect(bot).toHaveClass('bot-row');
    expect(bot.querySelector('.ant-avatar')).toHaveStyle({ background: 'rgb(1, 2, 3)' });
    expect(bot.querySelector('time')).not.toBeNull();
  });

  it('accepts a node and a data URI as avatar', () => {
    render(
      <ProChat
        initialChats={history()}
        userMeta={{ avatar: <span data-testid="custom-avatar">me</span> }}
        assistantMeta={{ avatar: 'data:image/png;base64,iVBORw0KGgo=' }}
      />,
    );
    expect(screen.getByTestId('custom-avatar')).toBeInTheDocument();
    expect(rows('assistant')[0].querySelector('img')).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
  });

  it('docs mode shows each message under its name, and metas/mode update after mount', () => {
    const view = render(<ProChat initialChats={history()} assistantMeta={{ title: 'Bot' }} />);
    expect(rows('assistant')[0]).not.toHaveTextContent('Bot');
    view.rerender(<ProChat initialChats={history()} displayMode="docs" assistantMeta={{ title: 'Docs bot' }} />);
    expect(rows('assistant')[0]).toHaveTextContent('Docs bot');
    expect(rows('user')[0]).toHaveTextContent('You');
  });

  it('shows the hello message (markdown) only while empty, and a skeleton while loading', async () => {
    const view = render(<ProChat helloMessage="**Welcome**" request={() => 'ok'} loading />);
    expect(screen.getByRole('status', { name: 'Loading conversation' })).toBeInTheDocument();
    expect(screen.queryByText('Welcome')).toBeNull();
    view.rerender(<ProChat helloMessage="**Welcome**" request={() => 'ok'} />);
    expect(screen.getByText('Welcome').tagName).toBe('STRONG');
    await send('Hi');
    expect(screen.queryByText('Welcome')).toBeNull();
  });
});

describe('locale', () => {
  it('is English by default, Chinese with locale="zh-CN", and follows a change after mount', () => {
    const view = render(<ProChat />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
    expect(screen.getByRole('log', { name: 'Conversation' })).toBeInTheDocument();
    view.rerender(<ProChat locale="zh-CN" />);
    expect(screen.getByRole('button', { name: '发送' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '消息' })).toHaveAttribute('placeholder', '输入消息…（Enter 发送，Shift+Enter 换行）');
    expect(screen.getByRole('button', { name: '清空对话' })).toBeInTheDocument();
  });

  it("follows antd's ConfigProvider locale when not set", () => {
    render(
      <ConfigProvider locale={zhCNAntd}>
        <ProChat />
      </ConfigProvider>,
    );
    expect(screen.getByRole('button', { name: '发送' })).toBeInTheDocument();
  });
});

describe('input', () => {
  it('inputAreaProps: a controlled value, including clearing to an empty string', async () => {
    const onChange = vi.fn();
    function App() {
      const [value, setValue] = useState('draft from app');
      return (
        <>
          <button type="button" onClick={() => setValue('')}>
            clear from app
          </button>
          <ProChat
            request={() => 'ok'}
            inputAreaProps={{
              value,
              onChange: (next) => {
                onChange(next);
                setValue(next);
              },
            }}
          />
        </>
      );
    }
    render(<App />);
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(box).toHaveValue('draft from app');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'clear from app' }));
    expect(box).toHaveValue('');
    await user.type(box, 'typed{Enter}');
    expect(onChange).toHaveBeenCalledWith('typed');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(box).toHaveValue('');
    expect(await within(log()).findByText('typed')).toBeInTheDocument();
  });

  it('inputRender, sendButtonRender and inputAreaRender replace their parts', async () => {
    const request = vi.fn(() => 'ok');
    const view = render(
      <ProChat
        request={request}
        inputRender={(dom) => <div data-testid="wrapped-input">{dom}</div>}
        sendButtonRender={(_dom, props) => (
          <button type="button" onClick={props.onClick as () => void} disabled={props.disabled}>
            custom send
          </button>
        )}
      />,
    );
    expect(screen.getByTestId('wrapped-input')).toContainElement(screen.getByRole('textbox', { name: 'Message' }));
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'via custom');
    await user.click(screen.getByRole('button', { name: 'custom send' }));
    expect(request).toHaveBeenCalledTimes(1);

    view.rerender(
      <ProChat
        request={request}
        inputAreaRender={(_dom, onSend) => (
          <button type="button" onClick={() => onSend('from custom area')}>
            quick question
          </button>
        )}
      />,
    );
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'quick question' }));
    expect(await within(log()).findByText('from custom area')).toBeInTheDocument();
    view.rerender(<ProChat request={request} inputAreaRender={null} />);
    expect(screen.queryByRole('button', { name: 'quick question' })).toBeNull();
  });

  it('"Clear conversation" asks first, awaits onResetMessage, then empties the chat; actions.render changes the bar', async () => {
    const order: string[] = [];
    const onResetMessage = vi.fn(async () => {
      order.push('reset');
    });
    const view = render(
      <ProChat initialChats={history()} onResetMessage={onResetMessage} onChatsChange={(chats) => order.push(`chats:${chats.length}`)} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clear conversation' }));
    expect(rows()).toHaveLength(2);
    await user.click(await screen.findByRole('button', { name: 'OK' }));
    await waitFor(() => expect(rows()).toHaveLength(0));
    expect(order).toEqual(['reset', 'chats:0']);

    view.rerender(<ProChat actions={{ render: (defaults) => [<span key="extra">custom action</span>, ...defaults] }} />);
    expect(screen.getByText('custom action')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear conversation' })).toBeInTheDocument();
  });
});

describe('message actions', () => {
  it('copy puts the text on the clipboard and says so', async () => {
    render(<ProChat initialChats={history()} />);
    const user = userEvent.setup();
    await user.click(within(rows('assistant')[0]).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe('First answer');
    expect(within(rows('assistant')[0]).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('regenerate replaces the reply in place and tells actionsCallbacks', async () => {
    const request = echo();
    const onRegenerateFinished = vi.fn();
    render(
      <ProChat
        initialChats={history()}
        request={request}
        smoothOutput={false}
        chatItemRenderConfig={{ actionsCallbacks: { onRegenerateFinished } }}
      />,
    );
    await userEvent.setup().click(within(rows('assistant')[0]).getByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('reply 1 to First question'));
    expect(rows()).toHaveLength(2);
    expect(onRegenerateFinished).toHaveBeenCalledWith('a1', false);
  });

  it('edit in place: cancel keeps the text; saving a user message updates it and regenerates its reply', async () => {
    const request = echo();
    const onEditFinished = vi.fn();
    render(
      <ProChat
        initialChats={history()}
        request={request}
        smoothOutput={false}
        regenerateOnEdit
        chatItemRenderConfig={{ actionsCallbacks: { onEditFinished } }}
      />,
    );
    const user = userEvent.setup();
    await user.click(within(rows('user')[0]).getByRole('button', { name: 'Edit' }));
    const editor = screen.getByRole('textbox', { name: 'Edit' });
    expect(editor).toHaveFocus();
    await user.clear(editor);
    await user.type(editor, 'Discarded');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(rows('user')[0]).toHaveTextContent('First question');

    await user.click(within(rows('user')[0]).getByRole('button', { name: 'Edit' }));
    await user.clear(screen.getByRole('textbox', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Edit' }), 'Better question');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(rows('user')[0]).toHaveTextContent('Better question');
    expect(onEditFinished).toHaveBeenCalledWith('u1', 'Better question');
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('reply 1 to Better question'));
    expect(rows()).toHaveLength(2);
  });

  it('regenerateOnEdit defaults to on, and to off when the app handles onEditFinished itself', async () => {
    const edit = async (text: string) => {
      const user = userEvent.setup();
      await user.click(within(rows('user')[0]).getByRole('button', { name: 'Edit' }));
      await user.clear(screen.getByRole('textbox', { name: 'Edit' }));
      await user.type(screen.getByRole('textbox', { name: 'Edit' }), text);
      await user.click(screen.getByRole('button', { name: 'Save' }));
    };
    const plain = echo();
    const first = render(<ProChat initialChats={history()} request={plain} smoothOutput={false} />);
    await edit('Edited once');
    await waitFor(() => expect(textOf(rows('assistant')[0])).toBe('reply 1 to Edited once'));
    first.unmount();

    const handled = echo();
    const onEditFinished = vi.fn();
    render(
      <ProChat
        initialChats={history()}
        request={handled}
        smoothOutput={false}
        chatItemRenderConfig={{ actionsCallbacks: { onEditFinished } }}
      />,
    );
    await edit('Edited twice');
    expect(onEditFinished).toHaveBeenCalledWith('u1', 'Edited twice');
    expect(handled).not.toHaveBeenCalled();
    expect(textOf(rows('assistant')[0])).toBe('First answer');
  });

  it('editing an assistant message saves it without a request', async () => {
    const request = echo();
    render(<ProChat initialChats={history()} request={request} />);
    const user = userEvent.setup();
    await user.click(within(rows('assistant')[0]).getByRole('button', { name: 'Edit' }));
    await user.clear(screen.getByRole('textbox', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Edit' }), 'Corrected answer');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(textOf(rows('assistant')[0])).toBe('Corrected answer');
    expect(request).not.toHaveBeenCalled();
  });

  it('deleting a user turn asks, says it removes the reply too, and calls beforeDelFinished', async () => {
    const beforeDelFinished = vi.fn();
    render(<ProChat initialChats={history()} chatItemRenderConfig={{ actionsCallbacks: { beforeDelFinished } }} />);
    const user = userEvent.setup();
    await user.click(within(rows('user')[0]).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Delete this message and its reply?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(rows()).toHaveLength(0));
    expect(beforeDelFinished).toHaveBeenCalledWith('u1');
  });

  it('which actions show is configurable per role', () => {
    render(
      <ProChat
        initialChats={history()}
        chatItemRenderConfig={{ actionsProps: { user: { actions: [] }, assistant: { actions: ['copy'] } } }}
      />,
    );
    expect(within(rows('user')[0]).queryAllByRole('button')).toHaveLength(0);
    const buttons = within(rows('assistant')[0]).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Copy']);
  });

  it('an error reply shows the message and partial text, with Retry and Delete', async () => {
    const source = manualStream<Uint8Array>();
    let calls = 0;
    render(
      <ProChat
        smoothOutput={false}
        request={() => {
          calls += 1;
          return calls === 1 ? new Response(source.stream) : 'Second try worked';
        }}
      />,
    );
    await send('Hi');
    source.push(utf8('Partial text'));
    await waitFor(() => expect(textOf(lastReply())).toBe('Partial text'));
    source.error(new TypeError('Connection reset'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Connection reset');
    expect(textOf(lastReply())).toBe('Partial text');
    const user = userEvent.setup();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(textOf(lastReply())).toBe('Second try worked'));

    // Delete on an error removes the failed reply.
    calls = 0;
    await send('Again');
    source.error(new TypeError('x'));
    const second = await screen.findByRole('alert');
    await user.click(within(second).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(rows('user').at(-1)).toHaveTextContent('Again');
  });
});

describe('render hooks', () => {
  it('avatarRender, titleRender, contentRender and actionsRender get the message and the default; false hides', () => {
    const seen: string[] = [];
    render(
      <ProChat
        initialChats={history()}
        showTitle
        chatItemRenderConfig={{
          avatarRender: false,
          titleRender: (props, dom) => (props.primary ? <span>user title</span> : dom),
          contentRender: (props, dom) => {
            seen.push(props.originData.id);
            return props.originData.role === 'assistant' ? (
              <form aria-label="custom form">
                <input aria-label="field" defaultValue={props.message} />
              </form>
            ) : (
              dom
            );
          },
          actionsRender: (_props, dom) => <div data-testid="actions-wrapper">{dom}</div>,
        }}
      />,
    );
    expect(log().querySelector('.ant-avatar')).toBeNull();
    expect(rows('user')[0]).toHaveTextContent('user title');
    expect(screen.getByRole('form', { name: 'custom form' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'field' })).toHaveValue('First answer');
    expect(textOf(rows('user')[0])).toBe('First question');
    expect(seen).toEqual(expect.arrayContaining(['u1', 'a1']));
    expect(screen.getAllByTestId('actions-wrapper')).toHaveLength(2);
  });

  it('render gets the parts; an empty return keeps the default row', () => {
    render(
      <ProChat
        initialChats={history()}
        chatItemRenderConfig={{
          render: (props, parts) =>
            props.primary ? (
              <div data-testid="custom-row">
                {parts.messageContent}
                {parts.actions}
              </div>
            ) : undefined,
        }}
      />,
    );
    expect(screen.getByTestId('custom-row')).toHaveTextContent('First question');
    expect(rows('assistant')[0]).toHaveTextContent('First answer');
  });

  it('renderErrorMessages, messageItemExtraRender and markdownProps.components', async () => {
    render(
      <ProChat
        request={() => {
          throw Object.assign(new Error('quota exceeded'), { code: 'quota' });
        }}
        renderErrorMessages={(error) => (
          <div role="alert">
            Custom: {error.message} ({String(error.type)})
          </div>
        )}
        messageItemExtraRender={(_message, type) => <small>extra for {type}</small>}
        initialChats={[createMessage({ role: 'assistant', content: 'Visit [the site](https://example.com)' })]}
        markdownProps={{
          components: {
            a: ({ children, href }) => (
              <a href={href} data-custom-link>
                {children}
              </a>
            ),
          },
        }}
      />,
    );
    expect(screen.getByText('the site')).toHaveAttribute('data-custom-link');
    expect(screen.getByText('extra for assistant')).toBeInTheDocument();
    await send('Hi');
    expect(await screen.findByRole('alert')).toHaveTextContent('Custom: quota exceeded (quota)');
    expect(screen.getAllByText('extra for user')).toHaveLength(1);
  });
});

describe('transformToChatMessage and reactive props', () => {
  it('rewrites each delta, given the raw text received so far', async () => {
    const source = manualStream<Uint8Array>();
    const transform = vi.fn((delta: string) => delta.toUpperCase());
    render(<ProChat smoothOutput={false} request={() => new Response(source.stream)} transformToChatMessage={transform} />);
    await send('Hi');
    source.push(utf8('ab'));
    await waitFor(() => expect(transform).toHaveBeenCalledWith('ab', 'ab'));
    source.push(utf8('cd'));
    source.close();
    await waitFor(() => expect(textOf(lastReply())).toBe('ABCD'));
    expect(transform).toHaveBeenLastCalledWith('cd', 'abcd');
  });

  it('request and callbacks changed after mount are used, without a remount', async () => {
    const first = vi.fn(() => 'from first');
    const second = vi.fn(() => 'from second');
    const endA = vi.fn();
    const endB = vi.fn();
    const view = render(<ProChat smoothOutput={false} request={first} onChatEnd={endA} />);
    await send('one');
    await waitFor(() => expect(endA).toHaveBeenCalledTimes(1));
    view.rerender(<ProChat smoothOutput={false} request={second} onChatEnd={endB} />);
    await send('two');
    await waitFor(() => expect(endB).toHaveBeenCalledTimes(1));
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(endA).toHaveBeenCalledTimes(1);
    expect(textOf(lastReply())).toBe('from second');
  });
});

describe('imperative API', () => {
  it('chatRef and useProChat expose the same methods', async () => {
    let fromHook!: ProChatInstance;
    const ref = { current: undefined as ProChatInstance | undefined };
    function Controls() {
      fromHook = useProChat();
      return null;
    }
    render(
      <ProChatProvider request={() => 'answer'}>
        <Controls />
        <ProChat chatRef={ref} smoothOutput={false} />
      </ProChatProvider>,
    );
    const methods = Object.keys(fromHook).sort();
    expect(Object.keys(ref.current!).sort()).toEqual(methods);
    expect(methods).toEqual(
      [
        'clearMessage',
        'clearMessages',
        'deleteMessage',
        'getChatLoadingId',
        'getChatMessages',
        'setChat',
        'stopGenerateMessage',
        'getChatById',
        'getChats',
        'getLoadingId',
        'pushChat',
        'resendMessage',
        'scrollToBottom',
        'sendMessage',
        'setMessageContent',
        'setMessageValue',
        'stopGenerating',
        'addToolResult',
        'addToolError',
        'approveToolCall',
        'denyToolCall',
        'setFeedback',
        'showVersion',
      ].sort(),
    );
    await act(() => fromHook.sendMessage('from the hook'));
    expect(ref.current!.getChats().map((m) => m.content)).toEqual(['from the hook', 'answer']);
    let pushed!: ChatMessage;
    act(() => {
      pushed = ref.current!.pushChat({ role: 'assistant', content: 'pushed whole' });
    });
    expect(await within(log()).findByText('pushed whole')).toBeInTheDocument();
    act(() => fromHook.setMessageContent(pushed.id, 'edited by hook'));
    expect(ref.current!.getChatById(pushed.id)?.content).toBe('edited by hook');
    act(() => ref.current!.setMessageValue(pushed.id, 'extra', { tag: 1 }));
    expect(fromHook.getChatById(pushed.id)?.extra).toEqual({ tag: 1 });
    act(() => ref.current!.deleteMessage(pushed.id));
    expect(fromHook.getChats()).toHaveLength(2);
    act(() => fromHook.clearMessages());
    expect(rows()).toHaveLength(0);
  });

  it('pushChat streams a server-pushed assistant message without a user turn, and Stop works on it', async () => {
    const source = manualStream<Uint8Array>();
    const ref = { current: undefined as ProChatInstance | undefined };
    render(<ProChat chatRef={ref} smoothOutput={false} />);
    let done!: Promise<ChatMessage>;
    act(() => {
      done = ref.current!.pushChat({ role: 'assistant', content: new Response(source.stream) });
    });
    source.push(utf8('Server says hi'));
    await waitFor(() => expect(textOf(lastReply())).toBe('Server says hi'));
    expect(ref.current!.getLoadingId()).toBe(lastReply().getAttribute('data-message-id'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Stop' }));
    const message = await done;
    expect(message).toMatchObject({ role: 'assistant', content: 'Server says hi', status: 'aborted' });
    expect(rows('user')).toHaveLength(0);
  });
});

describe('keyboard and focus', () => {
  it('Escape stops generation and focus returns to the input after send and stop', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => new Response(source.stream)} />);
    const user = await send('Hi');
    const box = screen.getByRole('textbox', { name: 'Message' });
    expect(box).toHaveFocus();
    source.push(utf8('partial'));
    await waitFor(() => expect(lastReply()).toHaveAttribute('data-status', 'streaming'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(lastReply()).toHaveAttribute('data-status', 'aborted'));
    expect(box).toHaveFocus();
  });
});

describe('scrolling', () => {
  function layout(element: HTMLElement, sizes: { scrollHeight: number; clientHeight: number }) {
    Object.defineProperty(element, 'scrollHeight', { configurable: true, get: () => sizes.scrollHeight });
    Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => sizes.clientHeight });
  }

  it('shows Back to bottom when scrolled up, hides it at the bottom, and the button scrolls down', async () => {
    const many = Array.from({ length: 30 }, (_, i) => createMessage({ role: i % 2 ? 'assistant' : 'user', content: `m${i}` }));
    render(<ProChat initialChats={many} backToBottomConfig={{ className: 'my-back' }} />);
    const scroller = log();
    layout(scroller, { scrollHeight: 3000, clientHeight: 500 });
    scroller.scrollTo = vi.fn(({ top }: ScrollToOptions) => {
      scroller.scrollTop = top ?? 0;
      fireEvent.scroll(scroller);
    }) as unknown as typeof scroller.scrollTo;
    scroller.scrollTop = 2500;
    fireEvent.scroll(scroller);
    expect(screen.queryByRole('button', { name: 'Back to bottom' })).toBeNull();
    scroller.scrollTop = 1000;
    fireEvent.scroll(scroller);
    const back = await screen.findByRole('button', { name: 'Back to bottom' });
    expect(back).toHaveClass('my-back');
    await userEvent.setup().click(back);
    expect(scroller.scrollTo).toHaveBeenCalledWith({ top: 3000, behavior: 'smooth' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Back to bottom' })).toBeNull());
  });

  it('a message sent while scrolled up, typed or through chatRef, brings the list to the bottom', async () => {
    const many = Array.from({ length: 30 }, (_, i) => createMessage({ role: i % 2 ? 'assistant' : 'user', content: `m${i}` }));
    const ref = { current: undefined as ProChatInstance | undefined };
    render(<ProChat initialChats={many} chatRef={ref} request={() => 'ok'} />);
    const scroller = log();
    layout(scroller, { scrollHeight: 3000, clientHeight: 500 });
    const scrollTo = vi.fn(({ top }: ScrollToOptions) => {
      scroller.scrollTop = top ?? 0;
    });
    scroller.scrollTo = scrollTo as unknown as typeof scroller.scrollTo;
    scroller.scrollTop = 0;
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'typed{Enter}');
    expect(scrollTo).toHaveBeenCalledWith({ top: 3000, behavior: 'auto' });
    await waitFor(() => expect(lastReply()).toHaveAttribute('data-status', 'done'));
    scrollTo.mockClear();
    scroller.scrollTop = 0;
    await act(() => ref.current!.sendMessage('sent by the app'));
    expect(scrollTo).toHaveBeenCalledWith({ top: 3000, behavior: 'auto' });
  });
});

describe('onScroll', () => {
  it('receives the message list scroll events', () => {
    const onScroll = vi.fn();
    render(<ProChat initialChats={history()} onScroll={onScroll} />);
    fireEvent.scroll(log());
    expect(onScroll).toHaveBeenCalledTimes(1);
    expect(onScroll.mock.calls[0][0].target).toBe(log());
  });
});

describe('styles', () => {
  it('its own styles are scoped: no global selection style and no !important', () => {
    render(<ProChat initialChats={history()} />);
    // antd-style (emotion) writes ProChat's rules into <style data-emotion="acss …">.
    const css = [...document.querySelectorAll('style[data-emotion^="acss"]')].map((s) => s.textContent ?? '').join('\n');
    expect(css.length).toBeGreaterThan(0);
    expect(css).not.toMatch(/\*::selection|(^|[\s,}])::selection/);
    expect(css).not.toContain('!important');
  });

  it('classNames and styles reach their parts', () => {
    const props: ProChatProps = {
      className: 'root-a',
      classNames: { root: 'root-b', list: 'list-c', inputArea: 'input-d', actionBar: 'bar-e' },
      styles: { root: { maxWidth: 640 } },
    };
    const { container } = render(<ProChat {...props} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('root-a', 'root-b');
    expect(root).toHaveStyle({ maxWidth: '640px' });
    expect(container.querySelector('.list-c')).toContainElement(screen.getByRole('log'));
    expect(container.querySelector('.input-d')).toContainElement(screen.getByRole('textbox', { name: 'Message' }));
    expect(container.querySelector('.bar-e')).toContainElement(screen.getByRole('button', { name: 'Clear conversation' }));
  });
});
