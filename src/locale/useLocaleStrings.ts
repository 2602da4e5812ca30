'use client';

import { ConfigProvider } from 'antd';
import { useContext, useMemo } from 'react';

import { getLocaleStrings, type ProChatLocale, type ProChatLocaleStrings } from './index';

/**
 * The strings for `locale`; when it is not set, the locale of the nearest antd ConfigProvider
 * (antd's own default is English).
 */
export function useLocaleStrings(locale: ProChatLocale | undefined): ProChatLocaleStrings {
  const { locale: antdLocale } = useContext(ConfigProvider.ConfigContext);
  const tag = locale ?? antdLocale?.locale;
  return useMemo(() => getLocaleStrings(tag), [tag]);
}
