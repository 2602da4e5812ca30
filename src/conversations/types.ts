import type { StoredChatMessage } from '../core/message';
import type { ChatStorage } from '../persistence/storage';
import type { ChatStoreApi } from '../store/createChatStore';

/** What the list knows of a conversation; its messages are loaded only when it is opened. */
export interface ConversationMeta {
  id: string;
  /** '' until the first user message names it (the list shows "New chat"). */
  title: string;
  createdAt: number;
  /** The last time a message was sent or a reply ended: the list is sorted by it, newest first. */
  updatedAt: number;
  /** Set once the user renamed it or `generateTitle` named it: the first message no longer does. */
  titled?: boolean;
}

/**
 * Where conversations are kept: the list (metadata only) and each conversation's messages. Every
 * method may be sync or async. `localStorageConversations`, `indexedDBConversations` and
 * `remoteConversations` make one.
 */
export interface ConversationStorage {
  /** The saved list, or nothing when none was saved yet. */
  listConversations: () => readonly ConversationMeta[] | undefined | Promise<readonly ConversationMeta[] | undefined>;
  /** Keeps the list (after a conversation is added, renamed, deleted or updated). */
  saveConversations?: (conversations: ConversationMeta[]) => void | Promise<void>;
  /** One conversation's messages: loaded when it is first opened, saved as they change, cleared on delete. */
  conversation: (id: string) => ChatStorage;
}

export interface CreateConversationsOptions {
  /**
   * Where the list and the messages are kept.
   * @default in memory (gone on reload)
   */
  storage?: ConversationStorage;
  /**
   * Names a conversation after its first reply (it may call a model). Until it answers, and when
   * it fails, the title is the first user message.
   */
  generateTitle?: (messages: StoredChatMessage[]) => string | Promise<string>;
  /**
   * How many conversations keep their chat in memory after the user leaves them (a reply that is
   * still streaming always stays until it ends).
   * @default 8
   */
  keepAlive?: number;
  /** Makes the id of a new conversation. @default crypto.randomUUID, else a random string */
  genId?: () => string;
  /** Minimum time between two saves of one conversation while it streams, in ms. @default 1000 */
  saveInterval?: number;
}

export interface ConversationsState {
  /** The listed conversations, newest first. A new chat is listed once it has a message. */
  conversations: ConversationMeta[];
  /** The conversation on screen: a listed one, or a new chat not listed yet. */
  activeId: string;
  /** 'loading' until the storage's list arrives. */
  status: 'loading' | 'ready' | 'error';
  /** Why the list could not be loaded (status 'error'). */
  error?: unknown;
  /** The ids of conversations whose reply is streaming, on screen or not. */
  generating: readonly string[];
}

export interface ConversationsActions {
  /** Opens a new, empty chat (the one on screen when that is already empty); returns its id. */
  create: () => string;
  /** Puts a conversation on screen. Its chat is loaded on first use; one that streams goes on. */
  select: (id: string) => void;
  /** Renames a conversation; the first message no longer names it. A blank title is ignored. */
  rename: (id: string, title: string) => void;
  /** Deletes a conversation and its messages, stopping its reply if one streams. */
  remove: (id: string) => Promise<void>;
  /** The conversation's chat store (created on first use, its messages loaded from the storage). */
  chatFor: (id: string) => ChatStoreApi;
  /** Stops every reply, saves what is pending and lets the chats go. */
  destroy: () => void;
}

export type ConversationsStore = ConversationsState & ConversationsActions;
