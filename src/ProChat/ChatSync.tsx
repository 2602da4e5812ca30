'use client';

import { useEffect, useRef } from 'react';

import type { ChatMessage, ChatMessageMap, StoredChatMessage } from '../core/message';
import type { ChatStorage } from '../persistence/storage';
import type { ChatStoreOptions } from '../store/types';
import type { ChatDevtoolsOptions } from '../store/devtools';
import { useIsomorphicLayoutEffect } from '../ui/useIsomorphicLayoutEffect';
import type { ChatContextValue } from '../store/react';

export interface ChatDataProps extends Omit<ChatStoreOptions, 'scheduleFrame'> {
  /**
   * Messages to start with (uncontrolled). Read once, at mount. An array, or pro-chat's object
   * keyed by id; pro-chat's `createAt` / `updateAt` and node `content` are read too.
   */
  initialChats?: readonly ChatMessage[] | ChatMessageMap;
  /**
   * Controlled messages: when this changes, the chat shows it. Pair with `onChatsChange`, which
   * always gives back an array of complete messages (`StoredChatMessage`).
   */
  chats?: readonly ChatMessage[] | ChatMessageMap;
  /**
   * Called with the whole list after every change made inside the chat (send, stream, stop, edit,
   * delete). While a reply streams it fires at most once per animation frame.
   */
  onChatsChange?: (chats: StoredChatMessage[]) => void;
  /** Keep the conversation across reloads, e.g. `localStorageAdapter('support')`. */
  storage?: ChatStorage;
  /** Minimum time between two saves to `storage` while messages change, in ms (default 1000). */
  saveInterval?: number;
  /**
   * Connect this chat's store to the Redux DevTools extension (zustand devtools middleware): `true`
   * or the middleware's options. Read at mount. pro-chat's name, kept as is.
   */
  __PRO_CHAT_STORE_DEVTOOLS__?: boolean | ChatDevtoolsOptions;
  /** The same as `__PRO_CHAT_STORE_DEVTOOLS__` (pro-chat's provider prop name). */
  devtoolOptions?: boolean | ChatDevtoolsOptions;
}

/** Keeps a store in step with props: latest callbacks, controlled `chats`, `onChatsChange`. */
export function ChatSync({ context, layer, props }: { context: ChatContextValue; layer: number; props: ChatDataProps }): null {
  const { store } = context;
  const {
    request,
    config,
    genMessageId,
    onChatStart,
    onChatGenerate,
    onChatEnd,
    onResetMessage,
    sendThinking,
    tools,
    maxSteps,
    onToolCall,
    onFeedback,
    transformToChatMessage,
    whileGenerating,
    branching,
    requestTimeout,
    streamIdleTimeout,
    retry,
    chats,
    onChatsChange,
  } = props;

  // Every render hands the store the current callbacks and config, so none is ever stale.
  useIsomorphicLayoutEffect(() => {
    store.getState().setOptions(
      {
        request,
        config,
        genMessageId,
        onChatStart,
        onChatGenerate,
        onChatEnd,
        onResetMessage,
        sendThinking,
        tools,
        maxSteps,
        onToolCall,
        onFeedback,
        transformToChatMessage,
        whileGenerating,
        branching,
        requestTimeout,
        streamIdleTimeout,
        retry,
      },
      layer,
    );
  });

  // A <ProChat> leaving a provider must not leave its request and callbacks behind; a managed
  // conversation keeps them, so a reply streaming in the background can finish its steps.
  const keepsOptions = context.keepsOptions === true;
  useEffect(() => (keepsOptions ? undefined : () => store.getState().setOptions({}, layer)), [store, layer, keepsOptions]);

  const syncing = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (!chats || chats === store.getState().messages) return;
    syncing.current = true;
    try {
      store.getState().setMessages(chats);
    } finally {
      syncing.current = false;
    }
  }, [chats, store]);

  const onChange = useRef(onChatsChange);
  useIsomorphicLayoutEffect(() => {
    onChange.current = onChatsChange;
  });
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.messages !== previous.messages && !syncing.current) onChange.current?.(state.messages);
      }),
    [store],
  );

  return null;
}
