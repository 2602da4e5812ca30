'use client';

import { useMemo } from 'react';

import { useChatContext } from '../store/react';
import { createInstance, type ProChatInstance } from './instance';

/** The imperative API of the nearest `<ProChatProvider>` (or `<ProChat>`). Stable across renders. */
export function useProChat(): ProChatInstance {
  const context = useChatContext();
  return useMemo(() => createInstance(context), [context]);
}
