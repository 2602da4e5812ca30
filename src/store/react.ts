'use client';

import { createContext, useContext } from 'react';
import { useStore } from 'zustand';

import type { ChatStoreApi } from './createChatStore';
import type { ChatStore } from './types';

export interface ChatContextValue {
  store: ChatStoreApi;
  /** Filled by the message list so `scrollToBottom` works from outside it. */
  scrollHandle: { current: ((behavior?: ScrollBehavior) => void) | null };
  /** The store outlives the chat on screen (a conversation manager's): leaving keeps its options. */
  keepsOptions?: boolean;
}

export const ChatContext = createContext<ChatContextValue | null>(null);

export function useChatContext(): ChatContextValue {
  const value = useContext(ChatContext);
  if (!value) throw new Error('This component must be rendered inside <ProChat> or <ProChatProvider>.');
  return value;
}

/** Subscribes to a slice of the nearest chat store; re-renders only when that slice changes. */
export function useChatStore<T>(selector: (state: ChatStore) => T): T {
  return useStore(useChatContext().store, selector);
}
