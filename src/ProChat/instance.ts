import type { ChatMessage } from '../core/message';
import type { ChatRequestResult } from '../core/request';
import type { ChatStoreApi } from '../store/createChatStore';
import type { NewMessage } from '../store/types';
import type { ChatContextValue } from './context';

/** The imperative API, the same from `chatRef` and from `useProChat()`. */
export interface ProChatInstance {
  sendMessage: (content: string) => Promise<void>;
  resendMessage: (id: string) => Promise<void>;
  stopGenerating: () => void;
  getChats: () => ChatMessage[];
  getChatById: (id: string) => ChatMessage | undefined;
  /**
   * Appends a message without making a request. With `content` a string it is added whole; with a
   * stream, an async iterable, a Response or a Promise of one, the message streams in (a
   * server-pushed reply) and the Promise resolves when it ends.
   */
  pushChat: {
    (message: NewMessage): ChatMessage;
    (message: PushedStream): Promise<ChatMessage>;
  };
  setMessageContent: (id: string, content: string) => void;
  setMessageValue: <K extends keyof Omit<ChatMessage, 'id'>>(id: string, key: K, value: ChatMessage[K]) => void;
  deleteMessage: (id: string) => void;
  clearMessages: () => void;
  scrollToBottom: (behavior?: ScrollBehavior) => void;
  /** Id of the reply being generated, or undefined. */
  getLoadingId: () => string | undefined;
}

/** A message whose text arrives as a stream. */
export type PushedStream = Partial<Omit<ChatMessage, 'content' | 'status'>> & {
  role?: ChatMessage['role'];
  content: Exclude<ChatRequestResult, string> | Promise<ChatRequestResult>;
};

export function createInstance(context: ChatContextValue): ProChatInstance {
  const store: ChatStoreApi = context.store;
  const state = () => store.getState();
  return {
    sendMessage: (content) => state().sendMessage(content),
    resendMessage: (id) => state().resendMessage(id),
    stopGenerating: () => state().stopGenerating(),
    getChats: () => state().messages,
    getChatById: (id) => state().getMessageById(id),
    pushChat: ((message: NewMessage | PushedStream) => {
      if (typeof message.content === 'string') return state().pushMessage(message as NewMessage);
      const { content, ...fields } = message as PushedStream;
      return state().streamMessage(content, fields);
    }) as ProChatInstance['pushChat'],
    setMessageContent: (id, content) => state().setMessageContent(id, content),
    setMessageValue: (id, key, value) => state().updateMessage(id, { [key]: value }),
    deleteMessage: (id) => state().deleteMessage(id),
    clearMessages: () => state().clearMessages(),
    scrollToBottom: (behavior) => context.scrollHandle.current?.(behavior),
    getLoadingId: () => state().loadingId ?? undefined,
  };
}
