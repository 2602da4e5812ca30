/**
 * `pro-chat-next/conversations`: many conversations. The manager (`createConversations`), where it
 * keeps them, the React binding and the `<Conversations>` list; `<ProChat conversations>` (in the
 * main entry) shows the open one. Apps with one chat load none of it.
 */
export { createConversations, titleFromMessages, type ConversationsApi } from './conversations/createConversations';
export {
  localStorageConversations,
  indexedDBConversations,
  remoteConversations,
  type RemoteConversationsOptions,
} from './conversations/storage';
export type {
  ConversationMeta,
  ConversationStorage,
  ConversationsState,
  ConversationsActions,
  ConversationsStore,
  CreateConversationsOptions,
} from './conversations/types';
export { useConversations } from './conversations/react';
export { Conversations, type ConversationsProps } from './components/Conversations/Conversations';
