'use client';

import { useEffect, useSyncExternalStore } from 'react';

/** A part of the renderer loaded on first need, once per page. */
export interface OnDemand<T> {
  load(): Promise<T>;
  /** Loads it as the app asked (preloadMarkdown): from then on, server renders and hydration use it too. */
  preload(): Promise<T>;
  /**
   * The part if loaded (and `enabled`); starts loading it when `needed`. Server rendering and
   * hydration use it only once preloaded: a server never loads on its own (effects do not run
   * there), and a part some other render loaded on the client must not make hydration differ
   * from the server's HTML. An app that preloads on the server preloads before hydrating too.
   */
  use(enabled: boolean, needed: boolean | (() => boolean)): T | undefined;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined;
  let preloaded = false;
  let loading: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const get = () => loaded;
  const getForHydration = () => (preloaded ? loaded : undefined);
  const load = () => {
    loading ??= importer().then(
      (part) => {
        loaded = part;
        listeners.forEach((listener) => listener());
        return part;
      },
      (error: unknown) => {
        // A chunk that failed to load (a network blip) is tried again on the next need.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    load,
    preload: () =>
      load().then((part) => {
        preloaded = true;
        return part;
      }),
    use(enabled, needed) {
      const part = useSyncExternalStore(subscribe, get, getForHydration);
      // `needed` as a function is only asked while the part is missing (it may scan the whole text).
      const start = enabled && part === undefined && (typeof needed === 'function' ? needed() : needed);
      useEffect(() => {
        if (start) load().catch(() => undefined);
      }, [start]);
      return enabled ? part : undefined;
    },
  };
}
