import type { ChatVersions, StoredChatMessage } from '../core/message';
import { mapVersionMessages } from '../store/versions';
import { withoutFileData } from './fileData';

/**
 * Where one conversation is kept. Every method may be sync or async. `load` returns what `save`
 * stored (or nothing); `clear` forgets the conversation.
 */
export interface ChatStorage {
  load: () => unknown | Promise<unknown>;
  save: (data: SavedConversation) => void | Promise<void>;
  clear: () => void | Promise<void>;
}

/** The saved form: versioned, so a future format can be told apart. */
export interface SavedConversation {
  version: 1;
  /** The path on screen. */
  messages: StoredChatMessage[];
  /** The versions not on screen (edited questions, regenerated replies), when there are any. */
  versions?: ChatVersions;
  /** The model picked for this conversation, when one was. */
  model?: string;
}

/** The saved conversation with `map` applied to every message, the hidden versions' too. */
export function mapSavedMessages(data: SavedConversation, map: (message: StoredChatMessage) => StoredChatMessage): SavedConversation {
  const mapped: SavedConversation = { ...data, messages: data.messages.map(map) };
  if (data.versions) mapped.versions = mapVersionMessages(data.versions, map);
  return mapped;
}

export const SAVED_VERSION = 1;

export interface LocalStorageOptions {
  /** Prefix of the localStorage key (default "pro-chat-next:"). */
  prefix?: string;
  /** Another Storage (sessionStorage, a test double). */
  storage?: Storage;
  /**
   * Inline files (`data:` URLs) longer than this many characters are not written: localStorage
   * holds about 5 MB in all. Their messages keep the file's name and type. Use `indexedDBAdapter`
   * to keep attachments across reloads.
   * @default 16384
   */
  maxFileDataLength?: number;
}

/**
 * A `ChatStorage` in `localStorage`, one key per conversation: `localStorageAdapter('support')`
 * and `localStorageAdapter('sales')` never share messages. Large inline files are left out (see
 * `maxFileDataLength`). When the quota is full, the text is saved without any file data; if even
 * that fails, the error is reported on the console and the chat keeps working.
 */
export function localStorageAdapter(key: string, options: LocalStorageOptions = {}): ChatStorage {
  const name = `${options.prefix ?? 'pro-chat-next:'}${key}`;
  const area = () => options.storage ?? (typeof localStorage === 'undefined' ? undefined : localStorage);
  return {
    load: () => {
      const raw = area()?.getItem(name);
      if (raw === null || raw === undefined) return undefined;
      return JSON.parse(raw) as unknown;
    },
    save: (data) => {
      const keep = options.maxFileDataLength ?? 16384;
      const attempt = (limit: number) =>
        area()?.setItem(name, JSON.stringify(mapSavedMessages(data, (message) => withoutFileData(message, limit))));
      try {
        attempt(keep);
      } catch (error) {
        try {
          attempt(0);
          console.warn(`[pro-chat-next] Conversation "${key}" was saved without its files: storage is full.`, error);
        } catch (again) {
          console.warn(`[pro-chat-next] Could not save conversation "${key}":`, again);
        }
      }
    },
    clear: () => area()?.removeItem(name),
  };
}
