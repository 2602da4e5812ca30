import { useEffect, useRef } from 'react';

import type { ChatContextValue } from '../store/react';
import { restoreMessages } from './restore';
import { SAVED_VERSION, type ChatStorage } from './storage';

export interface PersistenceOptions {
  /** Minimum time between two saves while messages change, in ms (default 1000). */
  saveInterval?: number;
}

/**
 * Loads the conversation from `storage` once, then saves changes: at most once per
 * `saveInterval` while messages change (streaming writes every frame), and at once when the page
 * is hidden or unloaded, or the chat unmounts, so the latest text is never lost.
 */
export function ChatPersistence({
  context,
  storage,
  saveInterval = 1000,
}: {
  context: ChatContextValue;
  storage: ChatStorage;
  saveInterval?: number;
}): null {
  const { store } = context;
  const storageRef = useRef(storage);
  storageRef.current = storage;

  useEffect(() => {
    // The adapter is read through a ref, so an adapter created inline on every render does not
    // reload the conversation. To switch conversations, give the chat a new React `key`.
    const adapter: ChatStorage = {
      load: () => storageRef.current.load(),
      save: (data) => storageRef.current.save(data),
      clear: () => storageRef.current.clear(),
    };
    let cancelled = false;
    // After the storage itself failed to load, never write over what it may still hold.
    let blocked = false;
    let loaded = false;
    let dirty = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastSave = 0;

    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!loaded || blocked || !dirty) return;
      dirty = false;
      lastSave = Date.now();
      // React nodes are not data: a message pushed as a node is saved without it.
      const messages = store.getState().messages.map((m) => {
        if (m.node === undefined) return m;
        const { node: _node, ...rest } = m;
        return rest;
      });
      const result = messages.length === 0 ? adapter.clear() : adapter.save({ version: SAVED_VERSION, messages });
      Promise.resolve(result).catch((error: unknown) => console.warn('[pro-chat-next] Saving the conversation failed:', error));
    };
    const schedule = () => {
      dirty = true;
      if (timer || !loaded) return;
      timer = setTimeout(save, Math.max(0, lastSave + saveInterval - Date.now()));
    };

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.messages !== previous.messages) schedule();
    });

    Promise.resolve()
      .then(() => adapter.load())
      .then(
        (data) => {
          if (cancelled) return;
          const restored = restoreMessagesSafely(data);
          const current = store.getState().messages;
          if (restored.length > 0) {
            // In-memory messages are newer than saved ones with the same id; messages created
            // before the load finished stay, after the saved ones.
            const live = new Map(current.map((m) => [m.id, m]));
            const ids = new Set(restored.map((m) => m.id));
            store.getState().setMessages([
              ...restored.map((m) => live.get(m.id) ?? m),
              ...current.filter((m) => !ids.has(m.id)),
            ]);
          }
          loaded = true;
          // Anything the user did before the load finished still needs saving.
          if (dirty) schedule();
        },
        (error: unknown) => {
          if (cancelled) return;
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
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      unsubscribe();
      save();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store, saveInterval]);

  return null;
}

function restoreMessagesSafely(data: unknown) {
  try {
    return restoreMessages(data);
  } catch (error) {
    console.warn(
      `[pro-chat-next] Ignoring the saved conversation (${error instanceof Error ? error.message : String(error)}); starting empty.`,
    );
    return [];
  }
}
