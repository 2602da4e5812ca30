import type { ChatMessage } from '../core/message';
import type { ChatRequest, ChatRequestResult } from '../core/request';
import type { FrameScheduler } from '../core/frame';

export type ChatEndReason = 'done' | 'abort' | 'error';

/** Everything the store reads from props at the moment it needs it (never captured at mount). */
export interface ChatStoreOptions {
  request?: ChatRequest;
  /** Called with the history about to be sent, before `request`. */
  onChatStart?: (messages: ChatMessage[]) => void;
  /** Called for every text delta received, in order. */
  onChatGenerate?: (delta: string) => void;
  /** Called once per reply, after its final text and status are in the store. */
  onChatEnd?: (id: string, reason: ChatEndReason) => void;
  /**
   * Rewrites each received delta before it is appended: gets the delta and the text so far
   * (including the delta) and returns what to append. For apps that parse their own formats.
   */
  transformToChatMessage?: (delta: string, accumulated: string) => string | Promise<string>;
  /** Defaults to requestAnimationFrame; tests may pass their own. */
  scheduleFrame?: FrameScheduler;
}

export interface ChatState {
  messages: ChatMessage[];
  /** Id of the assistant message being generated, or null. */
  loadingId: string | null;
}

export type NewMessage = Pick<ChatMessage, 'role' | 'content'> & Partial<ChatMessage>;

export interface ChatActions {
  /** Adds the user's message and streams the reply. Sending over a running reply stops it first. */
  sendMessage: (content: string) => Promise<void>;
  /**
   * Regenerates the reply to a turn. Given an assistant message, its reply is replaced in place;
   * given a user message, the reply that follows it is replaced (or one is added after it).
   */
  resendMessage: (id: string) => Promise<void>;
  /** Aborts the running reply; its partial text stays with status `aborted`. */
  stopGenerating: () => void;
  deleteMessage: (id: string) => void;
  setMessageContent: (id: string, content: string) => void;
  updateMessage: (id: string, patch: Partial<Omit<ChatMessage, 'id'>>) => void;
  /** Stops any running reply and removes every message. */
  clearMessages: () => void;
  /** Appends a message as is (no request is made). */
  pushMessage: (message: NewMessage) => ChatMessage;
  /**
   * Appends a message (an assistant message by default) whose text streams in from `source`, e.g.
   * a server push, without a user turn. Resolves when the stream ends. Stop works on it as on a reply.
   */
  streamMessage: (
    source: ChatRequestResult | Promise<ChatRequestResult>,
    fields?: Partial<Omit<ChatMessage, 'content' | 'status'>>,
  ) => Promise<ChatMessage>;
  /** Replaces the whole list (used for controlled `chats`). */
  setMessages: (messages: ChatMessage[]) => void;
  getMessageById: (id: string) => ChatMessage | undefined;
  /**
   * Replaces the callbacks and request the store uses from now on. `layer` 1 (a <ProChat> inside a
   * provider) overrides layer 0 (the provider) key by key.
   */
  setOptions: (options: ChatStoreOptions, layer?: number) => void;
  /** Stops any running reply; the store is not used afterwards. */
  destroy: () => void;
}

export type ChatStore = ChatState & ChatActions;
