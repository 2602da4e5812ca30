import { createStore, type StoreApi } from 'zustand/vanilla';

import type { StoredChatMessage } from '../core/message';
import { persistChat, type StopPersistingOptions } from '../persistence/persistChat';
import { createChatStore, type ChatStoreApi } from '../store/createChatStore';
import type { ChatStore } from '../store/types';
import { memoryConversations, readList } from './storage';
import type { ConversationMeta, ConversationsStore, CreateConversationsOptions } from './types';

/** A conversation manager: the list, the one on screen, and a chat store per opened conversation. */
export type ConversationsApi = StoreApi<ConversationsStore>;

const TITLE_LENGTH = 80;

const randomId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The default title: the first line of the first user message, else the name of its first file. */
export function titleFromMessages(messages: readonly StoredChatMessage[]): string {
  const first = messages.find((message) => message.role === 'user');
  if (!first) return '';
  const line = first.content.trim().split('\n')[0].trim();
  if (line) return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
  const file = first.parts?.find((part) => part.type === 'file');
  return file?.type === 'file' ? (file.filename ?? '') : '';
}

interface OpenChat {
  store: ChatStoreApi;
  /** Saves what is pending (unless told not to) and stops saving. */
  stopPersisting: (options?: StopPersistingOptions) => void;
  unsubscribe: () => void;
  lastUsed: number;
  titleAsked: boolean;
}

const newestFirst = (list: ConversationMeta[]) => [...list].sort((a, b) => b.updatedAt - a.updatedAt);

/**
 * Many conversations: a vanilla zustand store with the list (`conversations`, newest first), the
 * one on screen (`activeId`) and the actions, and one chat store per conversation, created when it
 * is first opened and loaded from `storage` then. A reply keeps streaming, and being saved, when
 * the user switches away; `generating` says which ones are. Give it to `<ProChat conversations>`
 * and `<Conversations conversations>`.
 */
export function createConversations(options: CreateConversationsOptions = {}): ConversationsApi {
  const storage = options.storage ?? memoryConversations();
  const genId = options.genId ?? randomId;
  const keepAlive = Math.max(0, options.keepAlive ?? 8);
  const chats = new Map<string, OpenChat>();
  let clock = 0;
  let destroyed = false;

  const warn = (what: string) => (error: unknown) => console.warn(`[pro-chat-next] ${what}:`, error);
  // One write of the list at a time; one asked for meanwhile writes the latest list after it.
  let listWriting = false;
  let listAgain = false;
  const saveList = () => {
    // Not before the saved list is read, nor after it failed to load: that would write over it.
    if (destroyed || api.getState().status !== 'ready') return;
    if (listWriting) {
      listAgain = true;
      return;
    }
    listWriting = true;
    Promise.resolve()
      .then(() => storage.saveConversations?.(api.getState().conversations))
      .catch(warn('Could not save the conversation list'))
      .finally(() => {
        listWriting = false;
        if (!listAgain) return;
        listAgain = false;
        saveList();
      });
  };
  const findMeta = (id: string) => api.getState().conversations.find((meta) => meta.id === id);
  const updateMeta = (id: string, change: Partial<ConversationMeta>) => {
    const { conversations } = api.getState();
    const next = conversations.map((meta) => (meta.id === id ? { ...meta, ...change } : meta));
    api.setState({ conversations: change.updatedAt === undefined ? next : newestFirst(next) });
    saveList();
  };
  const setGenerating = (id: string, on: boolean) => {
    const { generating } = api.getState();
    if (on === generating.includes(id)) return;
    api.setState({ generating: on ? [...generating, id] : generating.filter((other) => other !== id) });
  };

  const askForTitle = (id: string, chat: OpenChat, messages: StoredChatMessage[]) => {
    const meta = findMeta(id);
    const last = messages[messages.length - 1];
    if (!options.generateTitle || chat.titleAsked || !meta || meta.titled || last?.role !== 'assistant' || last.status !== 'done') return;
    chat.titleAsked = true;
    Promise.resolve()
      .then(() => options.generateTitle!(messages))
      .then((title) => {
        const current = findMeta(id);
        const clean = typeof title === 'string' ? title.trim() : '';
        if (clean && current && !current.titled) updateMeta(id, { title: clean, titled: true });
      })
      .catch(warn(`generateTitle failed for conversation "${id}"; keeping its title`));
  };

  const watch = (id: string, chat: OpenChat) =>
    chat.store.subscribe((state: ChatStore, previous: ChatStore) => {
      if (state.messages !== previous.messages) {
        const meta = findMeta(id);
        if (!meta && state.messages.length > 0) {
          // A new chat is listed with its first message.
          const now = Date.now();
          api.setState({
            conversations: newestFirst([
              { id, title: titleFromMessages(state.messages), createdAt: now, updatedAt: now },
              ...api.getState().conversations,
            ]),
          });
          saveList();
        } else if (meta && !meta.titled && !meta.title) {
          // Named once, by the first user message; a title from the storage or the server stays.
          const title = titleFromMessages(state.messages);
          if (title) updateMeta(id, { title });
        }
      }
      if (state.loadingId !== previous.loadingId) {
        const generating = state.loadingId !== null;
        setGenerating(id, generating);
        // A send and a reply's end move the conversation up; loading its history does not.
        if (findMeta(id)) updateMeta(id, { updatedAt: Date.now() });
        if (!generating) {
          askForTitle(id, chat, state.messages);
          letGo();
        }
      }
    });

  /** Lets the least recently used chats go beyond `keepAlive`: never the one on screen or a streaming one. */
  const letGo = () => {
    const { activeId } = api.getState();
    const idle = [...chats.entries()]
      .filter(([id, chat]) => id !== activeId && !chat.store.getState().isBusy())
      .sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    let excess = chats.size - 1 - keepAlive;
    for (const [id, chat] of idle) {
      if (excess <= 0) break;
      close(id, chat);
      excess -= 1;
    }
  };

  const close = (id: string, chat: OpenChat, options?: StopPersistingOptions) => {
    chat.unsubscribe();
    // Saved first, with any text still waiting for a frame; then the reply, if any, is stopped.
    chat.stopPersisting(options);
    chat.store.getState().destroy();
    chats.delete(id);
    setGenerating(id, false);
  };

  const chatFor = (id: string): ChatStoreApi => {
    const open = chats.get(id);
    if (open) {
      open.lastUsed = ++clock;
      return open.store;
    }
    const store = createChatStore();
    const chat: OpenChat = {
      store,
      stopPersisting: () => undefined,
      unsubscribe: () => undefined,
      lastUsed: ++clock,
      titleAsked: false,
    };
    chats.set(id, chat);
    chat.unsubscribe = watch(id, chat);
    chat.stopPersisting = persistChat(store, storage.conversation(id), { saveInterval: options.saveInterval });
    letGo();
    return store;
  };

  const isEmptyDraft = (id: string) => {
    const state = chats.get(id)?.store.getState();
    return !findMeta(id) && (!state || (state.messages.length === 0 && !state.isBusy() && !state.draft.trim()));
  };

  const api = createStore<ConversationsStore>()((set, get) => ({
    conversations: [],
    activeId: genId(),
    status: 'loading',
    generating: [],

    create: () => {
      const { activeId } = get();
      if (isEmptyDraft(activeId)) return activeId;
      const id = genId();
      set({ activeId: id });
      chatFor(id);
      return id;
    },

    select: (id) => {
      const left = get().activeId;
      if (id === left) return;
      set({ activeId: id });
      chatFor(id);
      // A new chat left with nothing in it (nor typed) is not kept: there is nothing to come back to.
      const unused = chats.get(left);
      if (unused && isEmptyDraft(left)) close(left, unused, { save: false });
      letGo();
    },

    rename: (id, title) => {
      const clean = title.trim();
      if (!clean || !findMeta(id)) return;
      updateMeta(id, { title: clean, titled: true });
    },

    remove: async (id) => {
      const chat = chats.get(id);
      // Nothing more is saved for it: a last save could land after the delete and bring it back.
      if (chat) close(id, chat, { save: false });
      const wasListed = !!findMeta(id);
      set({ conversations: get().conversations.filter((meta) => meta.id !== id) });
      if (get().activeId === id) {
        const next = get().conversations[0];
        if (next) get().select(next.id);
        else {
          const fresh = genId();
          set({ activeId: fresh });
          chatFor(fresh);
        }
      }
      if (wasListed) saveList();
      try {
        await storage.conversation(id).clear();
      } catch (error) {
        warn(`Could not delete the saved messages of conversation "${id}"`)(error);
      }
    },

    chatFor,

    destroy: () => {
      for (const [id, chat] of [...chats]) close(id, chat);
      destroyed = true;
    },
  }));

  const arrive = (saved: unknown) => {
    if (destroyed) return;
    const list = readList(saved) ?? [];
    // Chats started before the list arrived stay, ahead of the saved ones.
    const started = api.getState().conversations.filter((meta) => !list.some((other) => other.id === meta.id));
    api.setState({ conversations: newestFirst([...started, ...list]), status: 'ready' });
    if (started.length) saveList();
    // Open where the user left off, unless they already began a new chat.
    const latest = api.getState().conversations[0];
    if (latest && isEmptyDraft(api.getState().activeId)) api.getState().select(latest.id);
  };
  const fail = (error: unknown) => {
    if (destroyed) return;
    console.warn('[pro-chat-next] Could not load the conversation list:', error);
    api.setState({ status: 'error', error });
  };
  // A synchronous storage (localStorage) gives the list at once: the first render already has it.
  try {
    const saved = storage.listConversations();
    if (saved && typeof (saved as PromiseLike<unknown>).then === 'function') (saved as PromiseLike<unknown>).then(arrive, fail);
    else arrive(saved);
  } catch (error) {
    fail(error);
  }

  return api;
}
