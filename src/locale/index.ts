import enUS from './en-US';
import type { ProChatLocaleStrings } from './types';
import zhCN from './zh-CN';

export type { ProChatLocaleStrings } from './types';

export type ProChatLocale = 'en-US' | 'zh-CN' | (string & {});

const locales: Record<string, ProChatLocaleStrings> = { 'en-US': enUS, en: enUS, 'zh-CN': zhCN };

/** Strings for a locale tag; unknown tags fall back to English. */
export function getLocaleStrings(locale: ProChatLocale | undefined): ProChatLocaleStrings {
  return (locale && locales[locale]) || enUS;
}
