'use client';

import { useContext, useEffect, useState, type ReactNode } from 'react';

import { ChatPersistence } from '../persistence/ChatPersistence';
import { createChatStore } from '../store/createChatStore';
import { ChatContext, type ChatContextValue } from '../store/react';
import { ChatSync, type ChatDataProps } from './ChatSync';

export interface ProChatProviderProps extends ChatDataProps {
  children?: ReactNode;
}

/**
 * Owns one chat store. Put it above `<ProChat>` to drive the chat from outside with
 * `useProChat()`. Inside another provider it reuses that provider's store.
 */
export function ProChatProvider({ children, ...props }: ProChatProviderProps) {
  const parent = useContext(ChatContext);
  const [owned] = useState<ChatContextValue | null>(() =>
    parent
      ? null
      : {
          store: createChatStore({
            messages: props.chats ?? props.initialChats,
            devtools: props.__PRO_CHAT_STORE_DEVTOOLS__ ?? props.devtoolOptions,
          }),
          scrollHandle: { current: null },
        },
  );
  const value = parent ?? (owned as ChatContextValue);

  useEffect(() => {
    if (!owned) return undefined;
    return () => owned.store.getState().destroy();
  }, [owned]);

  return (
    <ChatContext.Provider value={value}>
      <ChatSync context={value} layer={parent ? 1 : 0} props={props} />
      {props.storage && <ChatPersistence store={value.store} storage={props.storage} saveInterval={props.saveInterval} />}
      {children}
    </ChatContext.Provider>
  );
}
