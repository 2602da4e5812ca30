'use client';

import { useCallback, useContext, useState, useSyncExternalStore } from 'react';

import { ChatContext } from '../../store/react';

const noSubscription = () => () => undefined;

/**
 * The input's text: the chat store's `draft` inside a chat (so a conversation keeps what was typed
 * while the user is elsewhere, and code can fill it), else state of the input's own.
 */
export function useDraft(): [string, (text: string) => void] {
  const store = useContext(ChatContext)?.store;
  const [own, setOwn] = useState('');
  const fromStore = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    () => (store ? store.getState().draft : own),
    () => (store ? store.getState().draft : own),
  );
  const set = useCallback((text: string) => (store ? store.getState().setDraft(text) : setOwn(text)), [store]);
  return [store ? fromStore : own, set];
}
