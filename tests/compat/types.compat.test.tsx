/**
 * Type-level compatibility: code annotated with the types pro-chat's docs give (index.md API
 * tables, actions.tsx) must type-check against this package as written. The runtime assertions
 * check the behaviour too.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ProChat, type ChatItemProps, type ChatMessage, type ModelConfig, type ProChatProps } from 'pro-chat-next';

import { log, rows } from './mocks';

const initialChats: ChatMessage[] = [
  { id: 'u1', role: 'user', content: 'hi', createAt: 1697862242452, updateAt: 1697862243540 },
  { id: 'f1', role: 'function', content: 'Doding!', createAt: 1697862244000, updateAt: 1697862244000 },
];

describe('pro-chat type signatures', () => {
  it('chatItemRenderConfig hooks annotated (props: ChatItemProps, defaultDom: ReactNode) as index.md documents', () => {
    const chatItemRenderConfig: ProChatProps['chatItemRenderConfig'] = {
      contentRender: (props: ChatItemProps, defaultDom: ReactNode) =>
        props.originData?.role === 'function' ? <div>正在执行</div> : defaultDom,
      avatarRender: (props: ChatItemProps, defaultDom: ReactNode) => (props.avatar?.title ? <span>{props.avatar.title}</span> : defaultDom),
    };
    render(<ProChat initialChats={initialChats} userMeta={{ title: 'Ant Design' }} chatItemRenderConfig={chatItemRenderConfig} />);
    expect(within(log()).getByText('正在执行')).toBeInTheDocument();
    expect(within(rows('user')[0]).getByText('Ant Design')).toBeInTheDocument();
  });

  it("actions.flexConfig takes pro-chat's FlexBasicProps (actions.tsx: direction 'horizontal', justify)", () => {
    const actions: ProChatProps['actions'] = {
      render: (defaultDoms) => [<a key="user">人工服务</a>, ...defaultDoms],
      flexConfig: { gap: 24, direction: 'horizontal', justify: 'space-between' },
    };
    render(<ProChat actions={actions} />);
    expect(screen.getByText('人工服务')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear conversation' })).toBeInTheDocument();
  });

  it('genMessageId annotated (messages: ChatMessage[], parentId: string) => Promise<string>', async () => {
    const ids = vi.fn(async (messages: ChatMessage[], parentId: string) => `${parentId}-reply-${messages.length}`);
    const props: Pick<ProChatProps, 'genMessageId'> = {
      genMessageId: ids,
    };
    render(<ProChat {...props} request={async () => new Response('ok')} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    expect(await within(log()).findByText('ok')).toBeInTheDocument();
    await waitFor(() => expect(rows('assistant')[0].getAttribute('data-message-id')).toMatch(/-reply-1$/));
  });

  it('request annotated with pro-chat types (messages: ChatMessage[], config: ModelConfig, signal?: AbortSignal)', async () => {
    const request = vi.fn(async (messages: ChatMessage[], config: ModelConfig, signal?: AbortSignal) => {
      expect(signal).toBeInstanceOf(AbortSignal);
      return new Response(`${messages.length} ${config.model}`);
    });
    render(<ProChat request={request} config={{ model: 'gpt-4' }} />);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    expect(await within(log()).findByText('1 gpt-4')).toBeInTheDocument();
  });
});
