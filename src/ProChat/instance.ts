import type { FeedbackValue, StoredChatMessage } from '../core/message';
import { classifyResult, type ChatRequestResult } from '../core/request';
import type { ChatStoreApi } from '../store/createChatStore';
import type { NewMessage, SendMessageOptions } from '../store/types';
import type { ChatContextValue } from '../store/react';

/** The imperative API, the same from `chatRef` and from `useProChat()`. */
export interface ProChatInstance {
  /** Sends a message as the user would, with files if given (`{ files }`), and streams the reply. */
  sendMessage: (content: string, options?: SendMessageOptions) => Promise<void>;
  resendMessage: (id: string) => Promise<void>;
  stopGenerating: () => void;
  getChats: () => StoredChatMessage[];
  getChatById: (id: string) => StoredChatMessage | undefined;
  /**
   * Appends a message without making a request. With `content` a string it is added whole; with a
   * stream, an async iterable, a Response or a Promise of one, the message streams in (a
   * server-pushed reply) and the Promise resolves when it ends.
   */
  pushChat: {
    (message: NewMessage): StoredChatMessage;
    (message: PushedStream): Promise<StoredChatMessage>;
  };
  setMessageContent: (id: string, content: string) => void;
  setMessageValue: <K extends keyof Omit<StoredChatMessage, 'id'>>(id: string, key: K, value: StoredChatMessage[K]) => void;
  deleteMessage: (id: string) => void;
  clearMessages: () => void;
  scrollToBottom: (behavior?: ScrollBehavior) => void;
  /** Id of the reply being generated, or undefined. */
  getLoadingId: () => string | undefined;
  /**
   * Answers a tool call that waits for its result (a tool without `execute`, a form the user
   * filled in); once every call of that step is answered, the reply goes on. False when no open
   * call has this id.
   */
  addToolResult: (toolCallId: string, output: unknown) => boolean;
  /** As `addToolResult`, for a call that failed: `errorText` goes to the model as its result. */
  addToolError: (toolCallId: string, errorText: string) => boolean;
  /** Lets a call that waits for the user's approval run; the reply goes on. */
  approveToolCall: (toolCallId: string) => boolean;
  /** Refuses a call that waits for approval; the model is told it was denied (and why, when given). */
  denyToolCall: (toolCallId: string, reason?: string) => boolean;
  /** Rates a reply, as its thumbs do (`null` takes the rating back). */
  setFeedback: (id: string, feedback: FeedbackValue | null) => void;
  /**
   * Shows version `index` (0-based) of an edited question or a regenerated reply, as its `< 2 / 3 >`
   * picker does; `getChats()` then gives that path. False when message `id` has no such version.
   */
  showVersion: (id: string, index: number) => boolean;

  // @ant-design/pro-chat's names for the same actions.
  /** Same as `stopGenerating`. */
  stopGenerateMessage: () => void;
  /** Awaits `onResetMessage`, then clears (as pro-chat did; `clearMessages` clears at once). */
  clearMessage: () => Promise<void>;
  /** Same as `getChats`. */
  getChatMessages: () => StoredChatMessage[];
  /** Same as `getLoadingId`. */
  getChatLoadingId: () => string | undefined;
  /** Merges `patch` into the message `id` (only the keys given). */
  setChat: (id: string, patch: Partial<Omit<StoredChatMessage, 'id'>>) => void;
}

/** A message whose text arrives as a stream. */
export type PushedStream = Partial<Omit<StoredChatMessage, 'content' | 'status'>> & {
  role?: StoredChatMessage['role'];
  content: Exclude<ChatRequestResult, string> | Promise<ChatRequestResult>;
};

/** A Response, a ReadableStream, an async iterable or a Promise: something to stream from. */
function isStreamSource(content: unknown): boolean {
  const kind = classifyResult(content).kind;
  return kind === 'response' || kind === 'stream' || kind === 'iterable' || kind === 'promise';
}

export function createInstance(context: ChatContextValue): ProChatInstance {
  const store: ChatStoreApi = context.store;
  const state = () => store.getState();
  return {
    sendMessage: (content, options) => {
      // Sending brings the list to the new message and follows its reply, from anywhere in the history.
      context.scrollHandle.current?.();
      return state().sendMessage(content, options);
    },
    resendMessage: async (id) => {
      await state().resendMessage(id);
    },
    stopGenerating: () => state().stopGenerating(),
    getChats: () => state().messages,
    getChatById: (id) => state().getMessageById(id),
    pushChat: ((message: NewMessage | PushedStream) => {
      if (!isStreamSource(message.content)) return state().pushMessage(message as NewMessage);
      const { content, ...fields } = message as PushedStream;
      return state().streamMessage(content, fields);
    }) as ProChatInstance['pushChat'],
    setMessageContent: (id, content) => state().setMessageContent(id, content),
    setMessageValue: (id, key, value) => state().updateMessage(id, { [key]: value }),
    deleteMessage: (id) => state().deleteMessage(id),
    clearMessages: () => state().clearMessages(),
    scrollToBottom: (behavior) => context.scrollHandle.current?.(behavior),
    getLoadingId: () => state().loadingId ?? undefined,
    addToolResult: (toolCallId, output) => state().addToolResult(toolCallId, output),
    addToolError: (toolCallId, errorText) => state().addToolError(toolCallId, errorText),
    approveToolCall: (toolCallId) => state().approveToolCall(toolCallId),
    denyToolCall: (toolCallId, reason) => state().denyToolCall(toolCallId, reason),
    setFeedback: (id, feedback) => state().setFeedback(id, feedback),
    showVersion: (id, index) => state().showVersion(id, index),
    stopGenerateMessage: () => state().stopGenerating(),
    clearMessage: () => state().resetMessages(),
    getChatMessages: () => state().messages,
    getChatLoadingId: () => state().loadingId ?? undefined,
    setChat: (id, patch) => {
      // Only keys actually given; pro-chat wrote an `undefined` key here.
      const clean: Partial<StoredChatMessage> = {};
      for (const [key, value] of Object.entries(patch)) {
        if (key !== 'id' && key !== 'undefined' && value !== undefined) (clean as Record<string, unknown>)[key] = value;
      }
      state().updateMessage(id, clean);
    },
  };
}
