/** Locales other than en-US and zh-CN are chunks of their own: how a chat behaves while one loads. */
import { act, render, screen } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import deDEAntd from 'antd/locale/de_DE';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ProChat } from '../../src';
import { loadLocaleStrings } from '../../src/locale';
import deDE from '../../src/locale/de-DE';
import huHU from '../../src/locale/hu-HU';

// This test stands for a network that fails to bring the Polish chunk.
vi.mock('../../src/locale/pl-PL', () => {
  throw new Error('chunk offline');
});

afterEach(() => vi.restoreAllMocks());

describe('a locale that loads on demand', () => {
  it('shows English at once, then the locale when its strings arrive', async () => {
    render(createElement(ProChat, { request: () => 'hi', locale: 'sk-SK' }));
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Odoslať' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
  });

  it('loads once for every chat that asks, and follows antd ConfigProvider too', async () => {
    render(
      createElement(
        'div',
        null,
        createElement(ConfigProvider, { locale: deDEAntd }, createElement(ProChat, { request: () => 'hi' })),
        createElement(ProChat, { request: () => 'hi', locale: 'de' }),
      ),
    );
    expect(await screen.findAllByRole('button', { name: 'Senden' })).toHaveLength(2);
  });

  it('the strings themselves render at once, as a server would (pro-chat-next/locale/hu-HU)', () => {
    render(createElement(ProChat, { request: () => 'hi', locale: huHU }));
    expect(screen.getByRole('button', { name: huHU.send })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: huHU.inputLabel })).toHaveAttribute('placeholder', huHU.placeholder);
  });

  it('concurrent loads share one fetch', async () => {
    const first = loadLocaleStrings('cs-CZ');
    expect(loadLocaleStrings('cs')).toBe(first);
    await first;
  });

  it('a chunk that fails keeps the chat in English and says why, once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(loadLocaleStrings('pl-PL')).rejects.toThrow('[pro-chat-next] Could not load the pl-PL strings');
    render(
      createElement(
        'div',
        null,
        createElement(ProChat, { request: () => 'hi', locale: 'pl' }),
        createElement(ProChat, { request: () => 'hi', locale: 'pl-PL' }),
      ),
    );
    await act(async () => {
      await loadLocaleStrings('pl').catch(() => undefined);
    });
    expect(screen.getAllByRole('button', { name: 'Send' })).toHaveLength(2);
    const reports = error.mock.calls.filter(([reason]) => String(reason).includes('pl-PL strings'));
    expect(reports).toHaveLength(1);
  });

  it('German strings are the module pro-chat-next/locale/de-DE exports', async () => {
    await expect(loadLocaleStrings('de-DE')).resolves.toBe(deDE);
  });
});
