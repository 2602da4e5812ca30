'use client';

import { useEffect, useRef } from 'react';

import type { ChatStoreApi } from '../store/createChatStore';
import { persistChat, type PersistChatOptions } from './persistChat';
import type { ChatStorage } from './storage';

/**
 * Persists `store` to `storage` while mounted (see persistChat). The adapter is read through a
 * ref, so an adapter created inline on every render does not reload the conversation; to switch
 * conversations, give the chat a new React `key`.
 */
export function ChatPersistence({
  store,
  storage,
  saveInterval,
}: { store: ChatStoreApi; storage: ChatStorage } & PersistChatOptions): null {
  const storageRef = useRef(storage);
  storageRef.current = storage;
  useEffect(() => persistChat(store, () => storageRef.current, { saveInterval }), [store, saveInterval]);
  return null;
}
