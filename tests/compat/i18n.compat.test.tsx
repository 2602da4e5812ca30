/** The locale prop (i18n.tsx): pro-chat's Locale values switch the UI language. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigProvider, Segmented } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import React from 'react';
import { describe, expect, it } from 'vitest';

import { ProChat, type Locale } from 'pro-chat-next';

describe('locale', () => {
  it('the i18n demo: a Segmented switches between en-US, zh-CN and zh-HK', async () => {
    function App() {
      const [language, setLanguage] = React.useState<Locale>('en-US');
      return (
        <div>
          <Segmented<Locale>
            options={['en-US', 'zh-CN', 'zh-HK']}
            defaultValue="en-US"
            onChange={(v) => {
              setLanguage(v);
            }}
          />
          <ProChat locale={language} request={async () => new Response('this is mock data')} />
        </div>
      );
    }
    render(<App />);
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();

    await user.click(screen.getByText('zh-CN'));
    expect(screen.getByRole('button', { name: '发送' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '消息' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '清空对话' })).toBeInTheDocument();

    // zh-HK's strings are a chunk of their own, fetched on first use (English until it arrives).
    await user.click(screen.getByText('zh-HK'));
    expect(await screen.findByRole('button', { name: '傳送' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '訊息' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: '訊息' }), '你好{Enter}');
    expect(await within(screen.getByRole('log')).findByText('this is mock data')).toBeInTheDocument();
  });

  it('de-DE and the other pro-chat locales translate the input and its buttons', async () => {
    const view = render(<ProChat locale="de-DE" />);
    expect(await screen.findByRole('button', { name: 'Senden' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nachricht' })).toBeInTheDocument();

    const english = screen.getByRole('textbox', { name: 'Nachricht' }).getAttribute('placeholder');
    const others: Locale[] = ['cs-CZ', 'hu-HU', 'pl-PL', 'sk-SK', 'zh-CN', 'zh-HK'];
    const placeholders = new Set<string | null>([english]);
    for (const locale of others) {
      view.rerender(<ProChat locale={locale} />);
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Send' })).toBeNull());
      const box = screen.getByRole('textbox');
      placeholders.add(box.getAttribute('placeholder'));
    }
    view.rerender(<ProChat locale="en-US" />);
    placeholders.add(screen.getByRole('textbox', { name: 'Message' }).getAttribute('placeholder'));
    expect(placeholders.size).toBe(others.length + 2);
  });

  it("'en' is accepted as pro-chat accepted it at runtime", () => {
    render(<ProChat locale={'en' as Locale} />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  });

  it('without a locale prop the UI is English, or follows antd ConfigProvider (a documented change from pro-chat)', () => {
    // pro-chat fell back to zh-CN; the migration guide says so at the top, and locale="zh-CN" keeps it.
    const { unmount } = render(<ProChat />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
    unmount();
    render(
      <ConfigProvider locale={zhCN}>
        <ProChat />
      </ConfigProvider>,
    );
    expect(screen.getByRole('button', { name: '发送' })).toBeInTheDocument();
  });
});
