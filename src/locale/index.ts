import enUS from './en-US';
import type { ProChatLocaleStrings } from './types';
import zhCN from './zh-CN';

export type { ProChatLocaleStrings } from './types';

/** The canonical tags of the locales ProChat ships. */
export const SUPPORTED_LOCALES = ['en-US', 'zh-CN', 'zh-HK', 'cs-CZ', 'de-DE', 'hu-HU', 'pl-PL', 'sk-SK'] as const;

export type ProChatSupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export type ProChatLocale = ProChatSupportedLocale | 'en' | (string & {});

/** Normalised (lower-case, `-`-separated) tag → canonical tag. Bare language tags cover their regional variants. */
const tags: Record<string, ProChatSupportedLocale> = {
  'en-us': 'en-US',
  en: 'en-US',
  'zh-cn': 'zh-CN',
  'zh-hans': 'zh-CN',
  zh: 'zh-CN',
  'zh-hk': 'zh-HK',
  'zh-tw': 'zh-HK',
  'zh-mo': 'zh-HK',
  'zh-hant': 'zh-HK',
  'cs-cz': 'cs-CZ',
  cs: 'cs-CZ',
  'de-de': 'de-DE',
  de: 'de-DE',
  'hu-hu': 'hu-HU',
  hu: 'hu-HU',
  'pl-pl': 'pl-PL',
  pl: 'pl-PL',
  'sk-sk': 'sk-SK',
  sk: 'sk-SK',
};

type LocaleModule = { default: ProChatLocaleStrings };

// English and Simplified Chinese (pro-chat's default) come with the entry; the others are chunks of
// their own, fetched when a chat first asks for them, or imported from `pro-chat-next/locale/<tag>`.
const loaders: Record<Exclude<ProChatSupportedLocale, 'en-US' | 'zh-CN'>, () => Promise<LocaleModule>> = {
  'zh-HK': () => import('./zh-HK'),
  'cs-CZ': () => import('./cs-CZ'),
  'de-DE': () => import('./de-DE'),
  'hu-HU': () => import('./hu-HU'),
  'pl-PL': () => import('./pl-PL'),
  'sk-SK': () => import('./sk-SK'),
};

const loaded = new Map<ProChatSupportedLocale, ProChatLocaleStrings>([
  ['en-US', enUS],
  ['zh-CN', zhCN],
]);
const loading = new Map<ProChatSupportedLocale, Promise<ProChatLocaleStrings>>();
const listeners = new Set<() => void>();

const normalise = (locale: string): string => locale.trim().replace(/_/g, '-').toLowerCase();

/** Exact tag, then language-script (`zh-Hant-TW` → `zh-hant`), then bare language (`de-AT` → `de`). */
function resolve(locale: string): ProChatSupportedLocale | undefined {
  const key = normalise(locale);
  if (!key) return undefined;
  const parts = key.split('-');
  return tags[key] ?? (parts.length > 2 ? tags[`${parts[0]}-${parts[1]}`] : undefined) ?? tags[parts[0]];
}

const warnedLocales = new Set<string>();

function warnUnknown(locale: string): void {
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
}

/**
 * Strings for a locale tag (case-insensitive, `_` or `-`), if they are at hand: en-US and zh-CN
 * always are, the other shipped locales once `loadLocaleStrings` (or a chat using them) has
 * fetched them; until then, and for unknown tags, English.
 */
export function getLocaleStrings(locale: ProChatLocale | undefined): ProChatLocaleStrings {
  if (!locale) return enUS;
  const tag = resolve(locale);
  if (!tag) warnUnknown(locale);
  return (tag && loaded.get(tag)) || enUS;
}

/**
 * Strings for a locale tag, fetching the locale's chunk when it is not loaded yet. Unknown tags
 * resolve to English; a chunk that fails to load rejects.
 */
export function loadLocaleStrings(locale: ProChatLocale | undefined): Promise<ProChatLocaleStrings> {
  const tag = locale ? resolve(locale) : undefined;
  if (!tag) return Promise.resolve(getLocaleStrings(locale));
  const ready = loaded.get(tag);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(tag);
  if (!pending) {
    pending = loaders[tag as keyof typeof loaders]().then(
      (module) => {
        loaded.set(tag, module.default);
        loading.delete(tag);
        for (const listener of [...listeners]) listener();
        return module.default;
      },
      (cause: unknown) => {
        loading.delete(tag);
        throw new Error(`[pro-chat-next] Could not load the ${tag} strings: ${cause instanceof Error ? cause.message : String(cause)}`, {
          cause,
        });
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

/**
 * The strings a server renders for a tag: the bundled ones (en-US, zh-CN) or English, whatever
 * has been loaded since, so the HTML and the first client render agree.
 */
export function bundledLocaleStrings(locale: ProChatLocale | undefined): ProChatLocaleStrings {
  const tag = locale ? resolve(locale) : undefined;
  return tag === 'zh-CN' ? zhCN : enUS;
}

/** Whether `getLocaleStrings` has the tag's own strings now (no fetch needed). */
export function isLocaleLoaded(locale: ProChatLocale): boolean {
  const tag = resolve(locale);
  return tag !== undefined && loaded.has(tag);
}

/** Called after a locale's strings arrive; returns the unsubscribe function. */
export function subscribeToLocales(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a tag names a locale ProChat ships. */
export function isKnownLocale(locale: string): boolean {
  return resolve(locale) !== undefined;
}
