import { createStore, type StoreApi } from 'zustand/vanilla';

import { errorInfo, ProChatError, toProChatError } from '../core/errors';
import { animationFrameScheduler } from '../core/frame';
import { createMessage, type ChatMessage } from '../core/message';
import { readTextDeltas } from '../core/readTextDeltas';
import type { ChatRequestResult } from '../core/request';
import type { ChatEndReason, ChatState, ChatStore, ChatStoreOptions } from './types';

export type ChatStoreApi = StoreApi<ChatStore>;

export interface CreateChatStoreInit {
  messages?: ChatMessage[];
  options?: ChatStoreOptions;
}

interface Run {
  id: string;
  controller: AbortController;
  /** The text received so far. */
  text: () => string;
}

function replaceById(messages: ChatMessage[], id: string, patch: Partial<ChatMessage>): ChatMessage[] {
  const index = messages.findIndex((m) => m.id === id);
  if (index < 0) return messages;
  const next = messages.slice();
  next[index] = { ...messages[index], ...patch, id, updatedAt: patch.updatedAt ?? Date.now() };
  return next;
}

/** The assistant reply that answers `userIndex`, if the message right after it is one. */
function replyIndexAfter(messages: ChatMessage[], userIndex: number): number {
  const next = messages[userIndex + 1];
  if (!next || next.role === 'user') return -1;
  const user = messages[userIndex];
  return next.parentId === undefined || next.parentId === user.id ? userIndex + 1 : -1;
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

  const store = createStore<ChatStore>()((set, get) => {
    const patchMessage = (id: string, patch: Partial<ChatMessage>) => {
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
      history: ChatMessage[],
      source?: () => ChatRequestResult | Promise<ChatRequestResult>,
    ): Promise<void> => {
      const controller = new AbortController();
      let text = '';
      let raw = '';
      const run: Run = { id: replyId, controller, text: () => text };
      current = run;
      set({ loadingId: replyId });

      const schedule = option('scheduleFrame') ?? animationFrameScheduler;
      let written = 0;
      let cancelFrame: (() => void) | null = null;
      let scheduled = false;
      const flush = () => {
        scheduled = false;
        cancelFrame = null;
        if (text.length === written) return;
        written = text.length;
        patchMessage(replyId, { content: text, status: 'streaming' });
      };

      let reason: ChatEndReason = 'done';
      let failure: ProChatError | undefined;
      try {
        option('onChatStart')?.(history);
        let result: ChatRequestResult | Promise<ChatRequestResult>;
        if (source) {
          result = source();
        } else {
          const request = option('request');
          if (!request) {
            throw new ProChatError('No request function was given to ProChat.', { code: 'no_request' });
          }
          result = request(history, { signal: controller.signal });
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
      const finalPatch: Partial<ChatMessage> = { content: text, status };
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
      messages: init.messages ?? [],
      loadingId: null,

      sendMessage: async (content) => {
        if (!content.trim()) return;
        stopCurrent();
        const user = createMessage({ role: 'user', content, status: 'done' });
        const reply = createMessage({ role: 'assistant', content: '', status: 'pending', parentId: user.id });
        const history = [...get().messages, user];
        set({ messages: [...history, reply] });
        await generate(reply.id, history);
      },

      resendMessage: async (id) => {
        const messages = get().messages;
        const index = messages.findIndex((m) => m.id === id);
        if (index < 0) return;
        const target = messages[index];
        let userIndex: number;
        let replyIndex: number;
        if (target.role === 'user') {
          userIndex = index;
          replyIndex = replyIndexAfter(messages, index);
        } else {
          const byParent = target.parentId ? messages.findIndex((m) => m.id === target.parentId) : -1;
          userIndex = byParent;
          if (userIndex < 0) {
            for (let i = index - 1; i >= 0; i -= 1) {
              if (messages[i].role === 'user') {
                userIndex = i;
                break;
              }
            }
          }
          if (userIndex < 0) return;
          replyIndex = index;
        }
        stopCurrent();
        const user = messages[userIndex];
        const history = messages.slice(0, userIndex + 1);
        const reply = createMessage({ role: 'assistant', content: '', status: 'pending', parentId: user.id });
        const next = messages.slice();
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

      pushMessage: (message) => {
        const created = createMessage(message);
        set({ messages: [...get().messages, created] });
        return created;
      },

      streamMessage: async (source, fields = {}) => {
        stopCurrent();
        const message = createMessage({ role: 'assistant', ...fields, content: '', status: 'pending' });
        const history = get().messages;
        set({ messages: [...history, message] });
        await generate(message.id, history, () => source);
        return get().getMessageById(message.id) ?? message;
      },

      setMessages: (messages) => {
        if (current && !messages.some((m) => m.id === current?.id)) stopCurrent();
        set({ messages });
      },

      getMessageById: (id) => get().messages.find((m) => m.id === id),

      setOptions: (next, layer = 0) => {
        layers[layer] = next;
      },

      destroy: () => {
        stopCurrent();
      },
    };
  });

  return store;
}
