import type { StoredChatMessage } from '../core/message';

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
  messages: StoredChatMessage[];
}

export const SAVED_VERSION = 1;

export interface LocalStorageOptions {
  /** Prefix of the localStorage key (default "pro-chat-next:"). */
  prefix?: string;
  /** Another Storage (sessionStorage, a test double). */
  storage?: Storage;
}

/**
 * A `ChatStorage` in `localStorage`, one key per conversation: `localStorageAdapter('support')`
 * and `localStorageAdapter('sales')` never share messages. Quota errors are reported on the
 * console and the chat keeps working.
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
      try {
        area()?.setItem(name, JSON.stringify(data));
      } catch (error) {
        console.warn(`[pro-chat-next] Could not save conversation "${key}":`, error);
      }
    },
    clear: () => area()?.removeItem(name),
  };
}
