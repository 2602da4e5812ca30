import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { createMessage, ProChat } from '../../src';
import { manualStream, utf8 } from '../helpers/streams';

const announcer = () => document.querySelector('[data-part="announcer"]') as HTMLElement;

describe('screen readers', () => {
  it('hear that a reply started and the final reply once, not every token', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => new Response(source.stream)} smoothOutput={false} />);
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(log).toHaveAttribute('aria-live', 'off');
    expect(announcer()).toHaveAttribute('aria-live', 'polite');
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    expect(log).toHaveAttribute('aria-busy', 'true');
    expect(announcer()).toHaveTextContent('The assistant is replying');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(announcer().textContent ?? ''));
    observer.observe(announcer(), { childList: true, characterData: true, subtree: true });
    for (const token of ['Hello', ' there', ', friend.']) {
      source.push(utf8(token));
      await waitFor(() => expect(log).toHaveTextContent(token.trim()));
    }
    expect(heard).toEqual([]);
    source.close();
    await waitFor(() => expect(announcer()).toHaveTextContent('Hello there, friend.'));
    expect(log).toHaveAttribute('aria-busy', 'false');
    observer.disconnect();
    expect(heard).toHaveLength(1);
  });

  it('hear when a reply is stopped', async () => {
    const source = manualStream<Uint8Array>();
    render(<ProChat request={() => new Response(source.stream)} smoothOutput={false} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    source.push(utf8('partial'));
    await waitFor(() => expect(screen.getByRole('log')).toHaveTextContent('partial'));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(announcer()).toHaveTextContent('Stopped'));
  });

  it('hear when a reply fails', async () => {
    render(
      <ProChat
        request={() => {
          throw new Error('Service down');
        }}
      />,
    );
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Message' }), 'Hi{Enter}');
    await waitFor(() => expect(announcer()).toHaveTextContent('The reply failed. Service down'));
  });

  it('every action has a localized accessible name and is a real button', () => {
    render(
      <ProChat
        locale="zh-CN"
        initialChats={[
          createMessage({ id: 'u', role: 'user', content: '问题' }),
          createMessage({ id: 'a', role: 'assistant', content: '回答', parentId: 'u' }),
        ]}
      />,
    );
    const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names).toEqual(expect.arrayContaining(['编辑', '复制', '删除', '重新生成', '清空对话', '发送']));
    for (const name of names) expect(name && /[A-Za-z]{3,}/.test(name)).toBeFalsy();
  });
});
