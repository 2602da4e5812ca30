import csCZ from './cs-CZ';
import deDE from './de-DE';
import enUS from './en-US';
import huHU from './hu-HU';
import plPL from './pl-PL';
import skSK from './sk-SK';
import type { ProChatLocaleStrings } from './types';
import zhCN from './zh-CN';
import zhHK from './zh-HK';

export type { ProChatLocaleStrings } from './types';

/** The canonical tags of the locales ProChat ships. */
export const SUPPORTED_LOCALES = ['en-US', 'zh-CN', 'zh-HK', 'cs-CZ', 'de-DE', 'hu-HU', 'pl-PL', 'sk-SK'] as const;

export type ProChatSupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export type ProChatLocale = ProChatSupportedLocale | 'en' | (string & {});

/** Normalised (lower-case, `-`-separated) tag → strings. Bare language tags cover their regional variants. */
const locales: Record<string, ProChatLocaleStrings> = {
  'en-us': enUS,
  en: enUS,
  'zh-cn': zhCN,
  'zh-hans': zhCN,
  zh: zhCN,
  'zh-hk': zhHK,
  'zh-tw': zhHK,
  'zh-mo': zhHK,
  'zh-hant': zhHK,
  'cs-cz': csCZ,
  cs: csCZ,
  'de-de': deDE,
  de: deDE,
  'hu-hu': huHU,
  hu: huHU,
  'pl-pl': plPL,
  pl: plPL,
  'sk-sk': skSK,
  sk: skSK,
};

const normalise = (locale: string): string => locale.trim().replace(/_/g, '-').toLowerCase();

/** Exact tag, then language-script (`zh-Hant-TW` → `zh-hant`), then bare language (`de-AT` → `de`). */
function resolve(locale: string): ProChatLocaleStrings | undefined {
  const key = normalise(locale);
  if (!key) return undefined;
  const parts = key.split('-');
  return locales[key] ?? (parts.length > 2 ? locales[`${parts[0]}-${parts[1]}`] : undefined) ?? locales[parts[0]];
}

const warnedLocales = new Set<string>();

/** Strings for a locale tag (case-insensitive, `_` or `-`); unknown tags fall back to English. */
export function getLocaleStrings(locale: ProChatLocale | undefined): ProChatLocaleStrings {
  if (!locale) return enUS;
  const strings = resolve(locale);
  if (strings) return strings;
  const key = normalise(locale);
  try {
    // Development builds only: bundlers replace `process.env.NODE_ENV`, so a production build
    // drops this warning altogether. An unbundled browser has no `process` at all: the reference
    // throws, which counts as production.
    if (process.env.NODE_ENV !== 'production' && key && !warnedLocales.has(key)) {
      warnedLocales.add(key);
      console.warn(`[pro-chat-next] Unknown locale "${locale}"; falling back to English. Supported: ${SUPPORTED_LOCALES.join(', ')}.`);
    }
  } catch {
    // No `process`: production.
  }
  return enUS;
}

/** Whether a tag names a locale ProChat ships. */
export function isKnownLocale(locale: string): boolean {
  return resolve(locale) !== undefined;
}
