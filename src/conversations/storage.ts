import { normalizeMessages, type ChatMessage } from '../core/message';
import { indexedDBRecords, recordAdapter, type IndexedDBOptions } from '../persistence/indexedDB';
import { localStorageAdapter, type LocalStorageOptions, type SavedConversation } from '../persistence/storage';
import type { ConversationMeta, ConversationStorage } from './types';

const LIST_KEY = 'conversations';

const isMeta = (value: unknown): value is ConversationMeta => {
  const meta = value as Partial<ConversationMeta> | null;
  return (
    !!meta &&
    typeof meta.id === 'string' &&
    typeof meta.title === 'string' &&
    typeof meta.createdAt === 'number' &&
    typeof meta.updatedAt === 'number'
  );
};

/** A saved list as far as it is readable: entries that are not conversations are dropped. */
export function readList(value: unknown): ConversationMeta[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : (value as { conversations?: unknown }).conversations;
  if (!Array.isArray(list)) throw new Error(`The saved conversation list is not a list (got ${typeof value}).`);
  return list.filter(isMeta);
}

/**
 * Conversations in `localStorage`: the list under `<prefix>conversations`, each conversation's
 * messages under `<prefix>conversation:<id>` (as `localStorageAdapter`, large inline files left out).
 */
export function localStorageConversations(options: LocalStorageOptions = {}): ConversationStorage {
  const list = localStorageAdapter(LIST_KEY, options);
  const area = () => options.storage ?? (typeof localStorage === 'undefined' ? undefined : localStorage);
  const key = `${options.prefix ?? 'pro-chat-next:'}${LIST_KEY}`;
  return {
    listConversations: () => readList(list.load()),
    saveConversations: (conversations) => {
      try {
        area()?.setItem(key, JSON.stringify({ version: 1, conversations }));
      } catch (error) {
        console.warn('[pro-chat-next] Could not save the conversation list:', error);
      }
    },
    conversation: (id) => localStorageAdapter(`conversation:${id}`, options),
  };
}

/**
 * Conversations in IndexedDB, for chats with attachments: the list and each conversation are
 * records of the same database (`indexedDBAdapter`'s).
 */
export function indexedDBConversations(options: IndexedDBOptions = {}): ConversationStorage {
  const records = indexedDBRecords(options);
  return {
    listConversations: async () => readList(await records.get(LIST_KEY)),
    saveConversations: (conversations) => records.put(LIST_KEY, { version: 1, conversations }),
    // One connection for the list and every conversation.
    conversation: (id) => recordAdapter(records, `conversation:${id}`, options.onError),
  };
}

export interface RemoteConversationsOptions {
  /** The user's conversations, e.g. `fetch('/api/conversations').then((r) => r.json())`. */
  listConversations: () => readonly ConversationMeta[] | Promise<readonly ConversationMeta[]>;
  /**
   * One conversation's messages, loaded when it is opened: a list of messages (bare
   * `{ role, content }` ones too), or what `saveConversation` was given.
   */
  loadConversation: (id: string) => unknown;
  /** Keeps a conversation's messages; without it, the server saves them itself (in the route that answers). */
  saveConversation?: (id: string, data: SavedConversation) => void | Promise<void>;
  /** Deletes a conversation on the server. */
  deleteConversation?: (id: string) => void | Promise<void>;
  /** Keeps the list (titles, order) on the server. */
  saveConversations?: (conversations: ConversationMeta[]) => void | Promise<void>;
}

/** Conversations kept by a server: the list and each conversation come from the app's own API. */
export function remoteConversations(options: RemoteConversationsOptions): ConversationStorage {
  return {
    listConversations: options.listConversations,
    saveConversations: options.saveConversations,
    conversation: (id) => ({
      load: async () => {
        const data = await options.loadConversation(id);
        // A server may answer with bare `{ role, content }` messages: they are completed here.
        return Array.isArray(data) ? { version: 1, messages: normalizeMessages(data as ChatMessage[]) } : data;
      },
      save: (data) => options.saveConversation?.(id, data),
      clear: () => options.deleteConversation?.(id),
    }),
  };
}

/** The default: conversations in memory, gone on reload. */
export function memoryConversations(): ConversationStorage {
  let list: ConversationMeta[] | undefined;
  const saved = new Map<string, unknown>();
  return {
    listConversations: () => list,
    saveConversations: (conversations) => {
      list = conversations;
    },
    conversation: (id) => ({
      load: () => saved.get(id),
      save: (data) => void saved.set(id, data),
      clear: () => void saved.delete(id),
    }),
  };
}
