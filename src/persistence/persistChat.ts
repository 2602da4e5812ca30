import type { ChatStoreApi } from '../store/createChatStore';
import type { StoredChatMessage } from '../core/message';
import { mapVersionMessages } from '../store/versions';
import { restoreConversation, type RestoredConversation } from './restore';
import { SAVED_VERSION, type ChatStorage, type SavedConversation } from './storage';

export interface StopPersistingOptions {
  /**
   * Save what is pending before stopping (false when the conversation is being deleted).
   * @default true
   */
  save?: boolean;
}

export interface PersistChatOptions {
  /**
   * Minimum time between two saves while messages change, in ms.
   * @default 1000
   */
  saveInterval?: number;
}

/**
 * Keeps a chat store's conversation in `storage`: loads it once (merged with any messages created
 * before the load finished), then saves changes at most once per `saveInterval` while messages
 * change (streaming writes every frame), and at once when the page is hidden or unloaded, so the
 * latest text is never lost. Returns a function that saves what is pending and stops. `storage` may
 * be a getter, read at each use, so the caller can swap adapters without reloading.
 */
export function persistChat(
  store: ChatStoreApi,
  storage: ChatStorage | (() => ChatStorage),
  { saveInterval = 1000 }: PersistChatOptions = {},
): (options?: StopPersistingOptions) => void {
  const adapter = (): ChatStorage => (typeof storage === 'function' ? storage() : storage);
  let stopped = false;
  // After the storage itself failed to load, never write over what it may still hold.
  let blocked = false;
  let loaded = false;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSave = 0;

  // One asynchronous write at a time, so an older snapshot never lands after a newer one: a save
  // asked for meanwhile waits, and then writes the latest.
  let writing = false;
  let writeAgain = false;
  let cancelled = false;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!loaded || blocked || !dirty) return;
    if (writing) {
      writeAgain = true;
      return;
    }
    dirty = false;
    lastSave = Date.now();
    const { messages: shown, versions, model } = store.getState();
    const messages = shown.map(withoutNode);
    const data: SavedConversation = { version: SAVED_VERSION, messages };
    if (Object.keys(versions).length) data.versions = mapVersionMessages(versions, withoutNode);
    if (model) data.model = model;
    const warn = (error: unknown) => console.warn('[pro-chat-next] Saving the conversation failed:', error);
    let result: unknown;
    try {
      // Called at once: a synchronous storage (localStorage) has written before the page goes away.
      result = messages.length === 0 && !model ? adapter().clear() : adapter().save(data);
    } catch (error) {
      warn(error);
      return;
    }
    if (!result || typeof (result as PromiseLike<unknown>).then !== 'function') return;
    writing = true;
    Promise.resolve(result)
      .catch(warn)
      .finally(() => {
        writing = false;
        if (!writeAgain || cancelled) return;
        writeAgain = false;
        save();
      });
  };
  const schedule = () => {
    dirty = true;
    if (timer || !loaded) return;
    timer = setTimeout(save, Math.max(0, lastSave + saveInterval - Date.now()));
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.messages !== previous.messages || state.versions !== previous.versions || state.model !== previous.model) schedule();
  });

  const loading = Promise.resolve().then(() => adapter().load());
  // A message sent before the history is back waits for it, so the model gets the history.
  store.getState().holdSendsUntil(loading);
  loading.then(
    (data) => {
      if (stopped) return;
      const { messages: restored, versions, model } = restoreSafely(data);
      // A model picked before the load finished is the newer choice.
      if (model && store.getState().model === undefined) store.getState().setModel(model);
      const current = store.getState().messages;
      if (restored.length > 0) {
        // In-memory messages are newer than saved ones with the same id; messages created
        // before the load finished stay, after the saved ones.
        const live = new Map(current.map((m) => [m.id, m]));
        const ids = new Set(restored.map((m) => m.id));
        store.getState().setMessages([...restored.map((m) => live.get(m.id) ?? m), ...current.filter((m) => !ids.has(m.id))]);
        if (Object.keys(versions).length) store.getState().setVersions({ ...versions, ...store.getState().versions });
      }
      loaded = true;
      // Anything the user did before the load finished still needs saving.
      if (dirty) schedule();
    },
    (error: unknown) => {
      if (stopped) return;
      console.warn('[pro-chat-next] Could not read the saved conversation; it will not be overwritten this session.', error);
      blocked = true;
      loaded = true;
    },
  );

  // The page may be going away: text still waiting for a frame is written first, so it is saved.
  const flush = () => {
    store.getState().flushStreamingText();
    save();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) {
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
  }
  return ({ save: saveNow = true }: StopPersistingOptions = {}) => {
    if (stopped) return;
    stopped = true;
    // Text still waiting for a frame is the latest the user saw: it is saved too.
    if (saveNow) store.getState().flushStreamingText();
    unsubscribe();
    if (saveNow) save();
    else cancelled = true;
    clearTimeout(timer);
    if (hasWindow) {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    }
  };
}

/** React nodes are not data: a message pushed as a node is saved without it. */
function withoutNode(message: StoredChatMessage): StoredChatMessage {
  if (message.node === undefined) return message;
  const { node: _node, ...rest } = message;
  return rest;
}

function restoreSafely(data: unknown): RestoredConversation {
  try {
    return restoreConversation(data);
  } catch (error) {
    console.warn(
      `[pro-chat-next] Ignoring the saved conversation (${error instanceof Error ? error.message : String(error)}); starting empty.`,
    );
    return { messages: [], versions: {} };
  }
}
