import enUS from './en-US';
import type { ProChatLocaleStrings } from './types';
import zhCN from './zh-CN';

export type { ProChatLocaleStrings } from './types';

export type ProChatLocale = 'en-US' | 'zh-CN' | (string & {});

const locales: Record<string, ProChatLocaleStrings> = { 'en-us': enUS, en: enUS, 'zh-cn': zhCN, zh: zhCN };

/** Strings for a locale tag (case-insensitive, `_` or `-`); unknown tags fall back to English. */
export function getLocaleStrings(locale: ProChatLocale | undefined): ProChatLocaleStrings {
  if (!locale) return enUS;
  const key = locale.replace('_', '-').toLowerCase();
  return locales[key] ?? locales[key.split('-')[0]] ?? enUS;
}

/** Whether a tag names a locale ProChat ships. */
export function isKnownLocale(locale: string): boolean {
  const key = locale.replace('_', '-').toLowerCase();
  return key in locales || key.split('-')[0] in locales;
}
