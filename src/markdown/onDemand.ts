'use client';

import * as React from 'react';
import { useEffect, useSyncExternalStore } from 'react';

/** React 19's `use`; React 18 suspends on a thrown promise instead. */
const reactUse = (React as { use?: <T>(promise: Promise<T>) => T }).use;
/** After a chunk failed to load, renders that need it go without it this long before trying again. */
const RETRY_AFTER_MS = 5000;

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
  /**
   * The part, suspending the render (inside a Suspense boundary) until it has loaded: on a
   * server with a streaming renderer too, and while hydrating (React keeps the server's HTML until
   * then). Undefined for a while after a failed load, so the caller can render without it.
   */
  read(): T | undefined;
}

/** A promise that says synchronously how it settled (the convention React's `use` reads). */
type Settled<T> = Promise<T> & { status?: 'pending' | 'fulfilled'; value?: T };

function settle<T>(promise: Promise<T>): Settled<T> {
  const settled: Settled<T> = promise;
  settled.status = 'pending';
  promise.then((value) => {
    settled.status = 'fulfilled';
    settled.value = value;
  });
  return settled;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined;
  let preloaded = false;
  let loading: Promise<T> | undefined;
  // What suspended renders wait on. Once a render has waited on it, every render reads through it
  // (React requires a component that suspended on `use` to call it again when it resumes).
  let settled: Settled<T | undefined> | undefined;
  let failedAt = -Infinity;
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
        failedAt = Date.now();
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
    read() {
      if (loaded !== undefined && settled === undefined) return loaded;
      if (settled?.status === 'fulfilled' && settled.value === undefined && Date.now() - failedAt >= RETRY_AFTER_MS) settled = undefined;
      // Suspense waits on a promise that never rejects: a failed load renders without the part.
      settled ??= settle(load().catch(() => undefined));
      if (reactUse) return reactUse(settled);
      if (settled.status === 'fulfilled') return settled.value;
      throw settled;
    },
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
