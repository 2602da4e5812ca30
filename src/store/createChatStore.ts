import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

import { errorInfo, ProChatError, toProChatError } from '../core/errors';
import { streamingFrameScheduler } from '../core/framePacer';
import { createMessage, createMessageId as createMessageIdSync, normalizeMessages, type ChatMessage, type ChatMessageMap, type StoredChatMessage } from '../core/message';
import { buildPayload, buildRequestMessages } from '../core/modelConfig';
import { readTextDeltas } from '../core/readTextDeltas';
import {
  isReplyWithFields,
  requestOptions,
  type ChatReplyWithFields,
  type ChatRequest,
  type ChatRequestResult,
} from '../core/request';
import { urlRequest } from '../adapters/urlRequest';
import type { ChatDevtoolsOptions } from './devtools';
import type { ChatEndReason, ChatState, ChatStore, ChatStoreOptions } from './types';

export type ChatStoreApi = StoreApi<ChatStore>;

export interface CreateChatStoreInit {
  /** Messages to start with, in any accepted form (pro-chat's object map too). */
  messages?: readonly ChatMessage[] | ChatMessageMap;
  options?: ChatStoreOptions;
  /**
   * Show the store in the Redux DevTools browser extension, like zustand's devtools middleware
   * (pro-chat's `__PRO_CHAT_STORE_DEVTOOLS__`). `true` or the middleware's options (`name`, …).
   * The connector is loaded on demand, so the store connects a moment after it is created.
   */
  devtools?: boolean | ChatDevtoolsOptions;
}

interface Run {
  id: string;
  controller: AbortController;
  /** The text received so far. */
  text: () => string;
  /** Writes text received but not yet written (it waits for a frame) to the store now. */
  flush: () => void;
}

function replaceById(messages: StoredChatMessage[], id: string, patch: Partial<StoredChatMessage>): StoredChatMessage[] {
  const index = messages.findIndex((m) => m.id === id);
  if (index < 0) return messages;
  const next = messages.slice();
  const updatedAt = patch.updatedAt ?? Date.now();
  next[index] = { ...messages[index], ...patch, id, updatedAt, updateAt: updatedAt };
  return next;
}

/** The assistant reply that answers `userIndex`, if the message right after it is one. */
function replyIndexAfter(messages: StoredChatMessage[], userIndex: number): number {
  const next = messages[userIndex + 1];
  if (!next || next.role === 'user') return -1;
  const user = messages[userIndex];
  return next.parentId === undefined || next.parentId === user.id ? userIndex + 1 : -1;
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * The turn a message belongs to: its user message, the history up to it, and where the reply is
 * (-1 when there is none yet).
 */
function locateTurn(messages: StoredChatMessage[], id: string) {
  const index = messages.findIndex((m) => m.id === id);
  if (index < 0) return null;
  const target = messages[index];
  let userIndex = -1;
  let replyIndex: number;
  if (target.role === 'user') {
    userIndex = index;
    replyIndex = replyIndexAfter(messages, index);
  } else {
    userIndex = target.parentId ? messages.findIndex((m) => m.id === target.parentId) : -1;
    for (let i = index - 1; userIndex < 0 && i >= 0; i -= 1) {
      if (messages[i].role === 'user') userIndex = i;
    }
    if (userIndex < 0) return null;
    replyIndex = index;
  }
  return { user: messages[userIndex], history: messages.slice(0, userIndex + 1), userIndex, replyIndex };
}

export function createChatStore(init: CreateChatStoreInit = {}): ChatStoreApi {
  // Option layers: 0 from a provider, 1 from a <ProChat> inside it. A value set on a higher layer
  // wins; each read goes through `option()`, so a prop changed after mount applies at once.
  const layers: ChatStoreOptions[] = [init.options ?? {}];
  const option = <K extends keyof ChatStoreOptions>(key: K): ChatStoreOptions[K] => {
    for (let i = layers.length - 1; i >= 0; i -= 1) {
      const value = layers[i]?.[key];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  let current: Run | null = null;
  let urlRequestFor: { url: string; request: ChatRequest } | null = null;
  const resolveRequest = (): ChatRequest | undefined => {
    const request = option('request');
    if (typeof request !== 'string') return request;
    if (urlRequestFor?.url !== request) urlRequestFor = { url: request, request: urlRequest(request) };
    return urlRequestFor.request;
  };
  /** A new message id from `genMessageId` when given (it may be async), else a random one. */
  const newId = (messages: StoredChatMessage[], parentId?: string): string | Promise<string> => {
    const generate = option('genMessageId');
    return generate ? generate(messages, parentId ?? '') : createMessageIdSync();
  };

  const creator: StateCreator<ChatStore> = (set, get) => {
    const patchMessage = (id: string, patch: Partial<StoredChatMessage>) => {
      const messages = get().messages;
      const next = replaceById(messages, id, patch);
      if (next !== messages) set({ messages: next });
    };

    /**
     * Streams text into the message `replyId`: the reply to `history` from `request`, or, for a
     * pushed message, whatever `source` yields.
     */
    const generate = async (
      replyId: string,
      history: StoredChatMessage[],
      source?: () => ChatRequestResult | Promise<ChatRequestResult>,
    ): Promise<void> => {
      const controller = new AbortController();
      let text = '';
      let raw = '';
      const schedule = option('scheduleFrame') ?? streamingFrameScheduler;
      let written = 0;
      let cancelFrame: (() => void) | null = null;
      let scheduled = false;
      const write = () => {
        if (text.length === written) return;
        written = text.length;
        patchMessage(replyId, { content: text, status: 'streaming' });
      };
      const flush = () => {
        scheduled = false;
        cancelFrame = null;
        write();
      };
      // An early write (the page is being hidden) leaves the pending frame as it is: it finds
      // nothing new, and is still cancelled when the stream ends.
      const run: Run = { id: replyId, controller, text: () => text, flush: write };
      current = run;
      set({ loadingId: replyId });

      let reason: ChatEndReason = 'done';
      let failure: ProChatError | undefined;
      try {
        let result: ChatRequestResult | Promise<ChatRequestResult>;
        if (source) {
          option('onChatStart')?.(history);
          result = source();
        } else {
          const config = option('config');
          const messages = buildRequestMessages(history, config, { keepThinking: option('sendThinking') });
          option('onChatStart')?.(messages);
          const request = resolveRequest();
          if (!request) {
            throw new ProChatError('No request function was given to ProChat.', { code: 'no_request' });
          }
          const payload = buildPayload(config, messages);
          const returned = request(messages, requestOptions(payload, controller.signal), controller.signal);
          // `{ content, ...fields }`: stream `content`, set the fields on the reply.
          const unwrap = (value: ChatRequestResult | ChatReplyWithFields): ChatRequestResult => {
            if (!isReplyWithFields(value)) return value;
            const { content, ...fields } = value;
            if (!controller.signal.aborted) patchMessage(replyId, fields);
            return content;
          };
          result = isPromiseLike(returned) ? Promise.resolve(returned).then(unwrap) : unwrap(returned);
        }
        for await (const received of readTextDeltas(result, controller.signal)) {
          raw += received;
          const transform = option('transformToChatMessage');
          const delta = transform ? await transform(received, raw) : received;
          if (controller.signal.aborted) break;
          if (!delta) continue;
          text += delta;
          option('onChatGenerate')?.(delta);
          if (!scheduled) {
            scheduled = true;
            const cancel = schedule(flush);
            // A scheduler may run the callback at once; only keep a canceller for a pending one.
            if (scheduled) cancelFrame = cancel;
          }
        }
        if (controller.signal.aborted) reason = 'abort';
      } catch (error) {
        if (controller.signal.aborted || reason === 'abort') {
          reason = 'abort';
        } else {
          reason = 'error';
          failure = toProChatError(error);
        }
      } finally {
        cancelFrame?.();
      }

      // One write carries the final text and status, so onChatEnd always sees them in the store.
      const status = reason === 'done' ? 'done' : reason === 'abort' ? 'aborted' : 'error';
      const finalPatch: Partial<StoredChatMessage> = { content: text, status };
      if (failure) finalPatch.error = errorInfo(failure);
      const messages = replaceById(get().messages, replyId, finalPatch);
      if (current === run) {
        current = null;
        set({ messages, loadingId: null });
      } else {
        set({ messages });
      }
      option('onChatEnd')?.(replyId, reason);
    };

    const stopCurrent = () => {
      const run = current;
      if (!run) return;
      current = null;
      run.controller.abort();
      // Settle the stopped reply now (text so far, aborted), so whatever happens next (a new send,
      // a save, an announcement) already sees it final; the run's own end writes the same.
      const stopped = get().getMessageById(run.id);
      const patch: Partial<ChatState> = {};
      if (stopped && (stopped.status === 'pending' || stopped.status === 'streaming')) {
        patch.messages = replaceById(get().messages, run.id, { content: run.text(), status: 'aborted' });
      }
      if (get().loadingId === run.id) patch.loadingId = null;
      if (patch.messages || 'loadingId' in patch) set(patch);
    };

    return {
      messages: normalizeMessages(init.messages),
      loadingId: null,

      sendMessage: async (content) => {
        if (!content.trim()) return;
        stopCurrent();
        let userId = newId(get().messages);
        if (typeof userId !== 'string') userId = await userId;
        const user = createMessage({ id: userId, role: 'user', content, status: 'done' });
        let replyId = newId([...get().messages, user], user.id);
        if (typeof replyId !== 'string') {
          // Show the user's message while an async id generator works out the reply's id.
          set({ messages: [...get().messages, user] });
          replyId = await replyId;
          // Cleared, or the question deleted, while the id was being made: there is nothing to answer.
          if (!get().messages.some((message) => message.id === user.id)) return;
          stopCurrent();
        }
        const reply = createMessage({ id: replyId, role: 'assistant', content: '', status: 'pending', parentId: user.id });
        const before = get().messages;
        // The question may have been edited meanwhile (a new object with the same id): answer that.
        const history = before.some((message) => message.id === user.id) ? before : [...before, user];
        set({ messages: [...history, reply] });
        await generate(reply.id, history);
      },

      resendMessage: async (id) => {
        if (!locateTurn(get().messages, id)) return;
        stopCurrent();
        let turn = locateTurn(get().messages, id);
        if (!turn) return;
        let replyId = newId(turn.history, turn.user.id);
        if (typeof replyId !== 'string') {
          replyId = await replyId;
          // The list may have changed while the id was being made.
          stopCurrent();
          turn = locateTurn(get().messages, id);
          if (!turn) return;
        }
        const { user, history, userIndex, replyIndex } = turn;
        const reply = createMessage({ id: replyId, role: 'assistant', content: '', status: 'pending', parentId: user.id });
        const next = get().messages.slice();
        if (replyIndex >= 0) next.splice(replyIndex, 1, reply);
        else next.splice(userIndex + 1, 0, reply);
        set({ messages: next });
        await generate(reply.id, history);
      },

      stopGenerating: stopCurrent,

      deleteMessage: (id) => {
        if (current?.id === id) stopCurrent();
        const messages = get().messages;
        const next = messages.filter((m) => m.id !== id);
        if (next.length !== messages.length) set({ messages: next });
      },

      setMessageContent: (id, content) => patchMessage(id, { content }),

      updateMessage: (id, patch) => patchMessage(id, patch),

      clearMessages: () => {
        stopCurrent();
        set({ messages: [] });
      },

      resetMessages: async () => {
        await option('onResetMessage')?.();
        get().clearMessages();
      },

      pushMessage: (message) => {
        let id = message.id;
        if (id === undefined) {
          const generated = newId(get().messages);
          // An async generator cannot hold up a synchronous push; the message gets a random id.
          id = typeof generated === 'string' ? generated : createMessageIdSync();
        }
        const created = createMessage({ ...message, id });
        set({ messages: [...get().messages, created] });
        return created;
      },

      streamMessage: async (source, fields = {}) => {
        stopCurrent();
        let id = fields.id ?? newId(get().messages);
        if (typeof id !== 'string') id = await id;
        const message = createMessage({ role: 'assistant', ...fields, id, content: '', status: 'pending' });
        const history = get().messages;
        set({ messages: [...history, message] });
        await generate(message.id, history, () => source);
        return get().getMessageById(message.id) ?? message;
      },

      setMessages: (input) => {
        const messages = normalizeMessages(input);
        if (current && !messages.some((m) => m.id === current?.id)) stopCurrent();
        set({ messages });
      },

      getMessageById: (id) => get().messages.find((m) => m.id === id),

      setOptions: (next, layer = 0) => {
        layers[layer] = next;
      },

      flushStreamingText: () => {
        current?.flush();
      },

      destroy: () => {
        stopCurrent();
        disconnectDevtools();
        disconnectDevtools = () => undefined;
        destroyed = true;
      },
    };
  };

  // Set once the devtools connector has loaded and connected (see below).
  let disconnectDevtools: () => void = () => undefined;
  let destroyed = false;
  const store = createStore<ChatStore>()(creator);
  // A development aid: loaded on demand, so apps that never turn it on do not ship it.
  const devtools = init.devtools;
  if (devtools) {
    void import('./devtools').then(({ connectDevtools }) => {
      if (!destroyed) disconnectDevtools = connectDevtools(store, devtools === true ? {} : devtools);
    });
  }
  return store;
}
