import { useEffect, useRef } from 'react';

import type { ChatMessage } from '../core/message';
import type { ChatStorage } from '../persistence/storage';
import type { ChatStoreOptions } from '../store/types';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect';
import type { ChatContextValue } from './context';

export interface ChatDataProps extends Omit<ChatStoreOptions, 'scheduleFrame'> {
  /** Messages to start with (uncontrolled). Read once, at mount. */
  initialChats?: ChatMessage[];
  /** Controlled messages: when this changes, the chat shows it. Pair with `onChatsChange`. */
  chats?: ChatMessage[];
  /**
   * Called with the whole list after every change made inside the chat (send, stream, stop, edit,
   * delete). While a reply streams it fires at most once per animation frame.
   */
  onChatsChange?: (chats: ChatMessage[]) => void;
  /** Keep the conversation across reloads, e.g. `localStorageAdapter('support')`. */
  storage?: ChatStorage;
  /** Minimum time between two saves to `storage` while messages change, in ms (default 1000). */
  saveInterval?: number;
}

/** Keeps a store in step with props: latest callbacks, controlled `chats`, `onChatsChange`. */
export function ChatSync({
  context,
  layer,
  props,
}: {
  context: ChatContextValue;
  layer: number;
  props: ChatDataProps;
}): null {
  const { store } = context;
  const { request, onChatStart, onChatGenerate, onChatEnd, transformToChatMessage, chats, onChatsChange } = props;

  // Every render hands the store the current callbacks, so none is ever stale.
  useIsomorphicLayoutEffect(() => {
    store.getState().setOptions({ request, onChatStart, onChatGenerate, onChatEnd, transformToChatMessage }, layer);
  });

  // A <ProChat> leaving a provider must not leave its request and callbacks behind.
  useEffect(() => () => store.getState().setOptions({}, layer), [store, layer]);

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
