import { render, screen } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import deDEAntd from 'antd/locale/de_DE';
import jaJPAntd from 'antd/locale/ja_JP';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { ProChat } from '../../src';
import csCZ from '../../src/locale/cs-CZ';
import deDE from '../../src/locale/de-DE';
import enUS from '../../src/locale/en-US';
import huHU from '../../src/locale/hu-HU';
import { getLocaleStrings, isKnownLocale, loadLocaleStrings, SUPPORTED_LOCALES, type ProChatLocaleStrings } from '../../src/locale';
import plPL from '../../src/locale/pl-PL';
import skSK from '../../src/locale/sk-SK';
import zhCN from '../../src/locale/zh-CN';
import zhHK from '../../src/locale/zh-HK';

const shipped: Record<(typeof SUPPORTED_LOCALES)[number], ProChatLocaleStrings> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'zh-HK': zhHK,
  'cs-CZ': csCZ,
  'de-DE': deDE,
  'hu-HU': huHU,
  'pl-PL': plPL,
  'sk-SK': skSK,
};

const keys = Object.keys(enUS) as (keyof ProChatLocaleStrings)[];
/** `{name}`, `{{name}}`, `%s`, `%d`, `$1`: whatever interpolation syntax a string might use. */
const tokens = (text: string) => (text.match(/\{\{?\s*\w+\s*\}?\}|%[sd]|\$\d+/g) ?? []).sort();

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('shipped locales', () => {
  it('are exactly the supported tags', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual(Object.keys(shipped).sort());
    expect(SUPPORTED_LOCALES).toHaveLength(8);
  });

  it.each(Object.entries(shipped))('%s has every en-US key, non-empty, with the same interpolation tokens', (_, strings) => {
    expect(Object.keys(strings).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(typeof strings[key], key).toBe('string');
      expect(strings[key].trim(), key).not.toBe('');
      expect(tokens(strings[key]), key).toEqual(tokens(enUS[key]));
    }
  });

  it.each(Object.entries(shipped).filter(([tag]) => tag !== 'en-US'))('%s is translated, not a copy of English', (_, strings) => {
    const differing = keys.filter((key) => strings[key] !== enUS[key]);
    expect(differing.length / keys.length).toBeGreaterThanOrEqual(0.8);
  });

  it('zh-HK uses Traditional characters, not a copy of zh-CN', () => {
    const differing = keys.filter((key) => zhHK[key] !== zhCN[key]);
    expect(differing.length / keys.length).toBeGreaterThanOrEqual(0.5);
    expect(zhHK.send).toBe('傳送');
    expect(zhHK.copy).toBe('複製');
  });
});

describe('loading on demand', () => {
  const bundled = new Set(['en-US', 'zh-CN']);

  it.each(SUPPORTED_LOCALES)('%s: English until loadLocaleStrings brings it, then its own strings', async (tag) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(isKnownLocale(tag)).toBe(true);
    expect(getLocaleStrings(tag)).toBe(bundled.has(tag) ? shipped[tag] : enUS);
    await expect(loadLocaleStrings(tag)).resolves.toBe(shipped[tag]);
    expect(getLocaleStrings(tag)).toBe(shipped[tag]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('unknown tags load as English', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(loadLocaleStrings('xx-ZZ')).resolves.toBe(enUS);
    await expect(loadLocaleStrings(undefined)).resolves.toBe(enUS);
  });
});

describe('tag normalisation', () => {
  beforeAll(() => Promise.all(SUPPORTED_LOCALES.map(loadLocaleStrings)));

  it.each([
    ['zh_HK', zhHK],
    ['zh-hk', zhHK],
    ['ZH-HK', zhHK],
    ['zh-TW', zhHK],
    ['zh_tw', zhHK],
    ['zh-Hant', zhHK],
    ['zh-Hant-TW', zhHK],
    ['zh-Hant-HK', zhHK],
    ['zh', zhCN],
    ['zh_CN', zhCN],
    ['zh-cn', zhCN],
    ['zh-Hans', zhCN],
    ['zh-Hans-CN', zhCN],
    ['en', enUS],
    ['en-GB', enUS],
    ['en_us', enUS],
    ['de', deDE],
    ['de_DE', deDE],
    ['de-AT', deDE],
    ['cs', csCZ],
    ['cs_cz', csCZ],
    ['hu', huHU],
    ['HU-hu', huHU],
    ['pl', plPL],
    ['pl_PL', plPL],
    ['sk', skSK],
    ['sk-sk', skSK],
  ] as const)('%s', (tag, expected) => {
    expect(getLocaleStrings(tag)).toBe(expected);
    expect(isKnownLocale(tag)).toBe(true);
  });

  it('empty or missing tags are English, silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(getLocaleStrings(undefined)).toBe(enUS);
    expect(getLocaleStrings('')).toBe(enUS);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('unknown tags', () => {
  it('fall back to English and warn once per tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(getLocaleStrings('xx-YY')).toBe(enUS);
    expect(getLocaleStrings('xx-YY')).toBe(enUS);
    expect(getLocaleStrings('xx_yy')).toBe(enUS);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('[pro-chat-next] Unknown locale "xx-YY"; falling back to English.');
    expect(warn.mock.calls[0][0]).toContain(SUPPORTED_LOCALES.join(', '));
    expect(isKnownLocale('xx-YY')).toBe(false);

    expect(getLocaleStrings('fr-FR')).toBe(enUS);
    expect(getLocaleStrings('fr-FR')).toBe(enUS);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1][0]).toContain('"fr-FR"');
  });

  it('do not warn for known tags', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const tag of [...SUPPORTED_LOCALES, 'en', 'zh', 'zh_TW', 'zh-Hant', 'de', 'cs', 'hu', 'pl', 'sk']) getLocaleStrings(tag);
    expect(warn).not.toHaveBeenCalled();
  });

  it('do not warn in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(getLocaleStrings('it-IT')).toBe(enUS);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('ProChat', () => {
  it('renders German with locale="de-DE"', () => {
    render(createElement(ProChat, { request: () => 'hi', locale: 'de-DE' }));
    expect(screen.getByRole('textbox', { name: 'Nachricht' })).toHaveAttribute('placeholder', deDE.placeholder);
    expect(screen.getByRole('button', { name: 'Senden' })).toBeInTheDocument();
    expect(screen.getByRole('log', { name: 'Unterhaltung' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
  });

  it('follows a shipped antd ConfigProvider locale', () => {
    render(createElement(ConfigProvider, { locale: deDEAntd }, createElement(ProChat, { request: () => 'hi' })));
    expect(screen.getByRole('button', { name: 'Senden' })).toBeInTheDocument();
  });

  it('falls back to English for an antd ConfigProvider locale it does not ship, warning once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chat = () => createElement(ConfigProvider, { locale: jaJPAntd }, createElement(ProChat, { request: () => 'hi' }));
    const { rerender } = render(chat());
    rerender(chat());
    render(chat());
    expect(screen.getAllByRole('button', { name: 'Send' })).toHaveLength(2);
    expect(screen.getAllByRole('textbox', { name: 'Message' })).toHaveLength(2);
    const localeWarnings = warn.mock.calls.filter(([message]) => String(message).includes('Unknown locale'));
    expect(localeWarnings).toHaveLength(1);
    expect(localeWarnings[0][0]).toContain('"ja"');
  });
});
