'use client';

import { ConfigProvider } from 'antd';
import { useContext, useEffect, useSyncExternalStore } from 'react';

import {
  bundledLocaleStrings,
  getLocaleStrings,
  isLocaleLoaded,
  loadLocaleStrings,
  subscribeToLocales,
  type ProChatLocale,
  type ProChatLocaleStrings,
} from './index';

const reportedFailures = new Set<string>();

/**
 * The strings for `locale`: a tag, or the strings themselves (a module of `pro-chat-next/locale/*`
 * or an app's own). When it is not set, the locale of the nearest antd ConfigProvider (antd's own
 * default is English). A shipped locale that is not loaded yet shows English until its chunk arrives.
 */
export function useLocaleStrings(locale: ProChatLocale | ProChatLocaleStrings | undefined): ProChatLocaleStrings {
  const { locale: antdLocale } = useContext(ConfigProvider.ConfigContext);
  const given = typeof locale === 'object' ? locale : undefined;
  const tag = given ? undefined : ((locale as ProChatLocale | undefined) ?? antdLocale?.locale);
  const read = () => getLocaleStrings(tag);
  const strings = useSyncExternalStore(subscribeToLocales, read, () => bundledLocaleStrings(tag));
  useEffect(() => {
    if (!tag || isLocaleLoaded(tag)) return;
    loadLocaleStrings(tag).catch((error: unknown) => {
      const reason = String(error);
      if (reportedFailures.has(reason)) return;
      reportedFailures.add(reason);
      console.error(error);
    });
  }, [tag]);
  return given ?? strings;
}
