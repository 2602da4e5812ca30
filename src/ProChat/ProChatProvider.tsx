'use client';

import { useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

import type { ConversationsApi } from '../conversations/createConversations';
import { useConversations } from '../conversations/react';
import { ChatPersistence } from '../persistence/ChatPersistence';
import { createChatStore } from '../store/createChatStore';
import { ChatContext, type ChatContextValue } from '../store/react';
import { ChatSync, type ChatDataProps } from './ChatSync';

export interface ProChatProviderProps extends ChatDataProps {
  /**
   * A conversation manager (`createConversations`): the chat shows its active conversation and
   * follows it when the user switches. Each conversation keeps its own messages and storage (the
   * manager's); `chats`, `initialChats` and `storage` are not used then.
   */
  conversations?: ConversationsApi;
  children?: ReactNode;
}

/**
 * Owns one chat store, or shows the active conversation of a manager. Put it above `<ProChat>`
 * to drive the chat from outside with `useProChat()`. Inside another provider it reuses that
 * provider's store.
 */
export function ProChatProvider(props: ProChatProviderProps) {
  const parent = useContext(ChatContext);
  if (props.conversations && !parent) return <ConversationProvider {...props} manager={props.conversations} />;
  return <OwnStoreProvider {...props} parent={parent} />;
}

function OwnStoreProvider({ children, parent, ...props }: ProChatProviderProps & { parent: ChatContextValue | null }) {
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

/** The manager's active conversation; everything below is mounted afresh for each conversation. */
function ConversationProvider({
  children,
  manager,
  // Each conversation's messages come from the manager's storage, never from these.
  chats: _chats,
  initialChats: _initialChats,
  ...props
}: ProChatProviderProps & { manager: ConversationsApi }) {
  const activeId = useConversations(manager, (state) => state.activeId);
  const value = useMemo<ChatContextValue>(
    // The manager owns the store: a reply left streaming in the background keeps its request.
    () => ({ store: manager.getState().chatFor(activeId), scrollHandle: { current: null }, keepsOptions: true }),
    [manager, activeId],
  );
  return (
    <ChatContext.Provider key={activeId} value={value}>
      <ChatSync context={value} layer={0} props={props} />
      {children}
    </ChatContext.Provider>
  );
}
