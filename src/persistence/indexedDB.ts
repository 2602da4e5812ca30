import { withoutFileData } from './fileData';
import { mapSavedMessages, type ChatStorage } from './storage';

export interface IndexedDBOptions {
  /**
   * The database's name; every conversation is one record in its `conversations` store.
   * @default 'pro-chat-next'
   */
  database?: string;
  /** Told when a save fails (the quota is full, say), after the text alone was saved instead. */
  onError?: (error: unknown) => void;
  /** Another IndexedDB factory (a test double). */
  indexedDB?: IDBFactory;
}

const STORE = 'conversations';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error);
  });
}

/** Records in one IndexedDB database's `conversations` store, opened on first use. */
export interface IndexedDBRecords {
  get: (key: string) => Promise<unknown>;
  put: (key: string, value: unknown) => Promise<void>;
  delete: (key: string) => Promise<void>;
}

export function indexedDBRecords(options: Pick<IndexedDBOptions, 'database' | 'indexedDB'> = {}): IndexedDBRecords {
  const name = options.database ?? 'pro-chat-next';
  let opened: Promise<IDBDatabase> | undefined;
  const database = () => {
    const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    if (!factory) return Promise.reject(new Error('indexedDBAdapter: this environment has no IndexedDB.'));
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const open = factory.open(name, 1);
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    }).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };
  return {
    get: async (key) => request((await database()).transaction(STORE, 'readonly').objectStore(STORE).get(key)),
    put: async (key, value) => {
      const transaction = (await database()).transaction(STORE, 'readwrite');
      const done = new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error ?? new Error('The save was aborted.'));
      });
      transaction.objectStore(STORE).put(value, key);
      await done;
    },
    delete: async (key) => {
      await request((await database()).transaction(STORE, 'readwrite').objectStore(STORE).delete(key));
    },
  };
}

/**
 * A `ChatStorage` in IndexedDB, one record per conversation, for chats with attachments: images
 * and files kept in the messages as data URLs are megabytes that localStorage (about 5 MB in all)
 * cannot hold. When a save fails (the quota is full), the conversation is saved again without the
 * files' data, so no text is lost, and `onError` is told.
 */
export function indexedDBAdapter(key: string, options: IndexedDBOptions = {}): ChatStorage {
  return recordAdapter(indexedDBRecords(options), key, options.onError);
}

/** A `ChatStorage` on one record of `records` (conversations of one database share its connection). */
export function recordAdapter(records: IndexedDBRecords, key: string, onError?: (error: unknown) => void): ChatStorage {
  return {
    load: () => records.get(key),
    save: async (data) => {
      try {
        await records.put(key, data);
      } catch (error) {
        onError?.(error);
        console.warn(`[pro-chat-next] Could not save conversation "${key}" with its files; saving its text only.`, error);
        await records.put(
          key,
          mapSavedMessages(data, (message) => withoutFileData(message)),
        );
      }
    },
    clear: () => records.delete(key),
  };
}
