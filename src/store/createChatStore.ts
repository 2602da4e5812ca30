import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

import { errorInfo, ProChatError, toProChatError } from '../core/errors';
import { streamingFrameScheduler } from '../core/framePacer';
import {
  createMessage,
  hasRichParts,
  createMessageId as createMessageIdSync,
  normalizeMessages,
  type ChatMessage,
  type ChatMessageMap,
  type StoredChatMessage,
} from '../core/message';
import { buildPayload, buildRequestMessages } from '../core/modelConfig';
import { readReply } from '../core/readReply';
import { createReplyBuilder, type ReplySnapshot } from '../core/replyBuilder';
import type { ToolCallPart } from '../core/parts';
import { classifyResult, requestOptions, type ChatReplyWithFields, type ChatRequest, type ChatRequestResult } from '../core/request';
import { urlRequest } from '../adapters/urlRequest';
import { contentPatch, locateTurn, replaceById, replyIdsOf, withReply } from './messageList';
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

/** The fields a reply's snapshot sets on its message: `parts` only when they say more than the text. */
function replyFields(snapshot: ReplySnapshot): Partial<StoredChatMessage> {
  const fields: Partial<StoredChatMessage> = { content: snapshot.content };
  if (hasRichParts(snapshot.parts)) fields.parts = snapshot.parts;
  if (snapshot.usage) fields.usage = snapshot.usage;
  if (snapshot.finishReason) fields.finishReason = snapshot.finishReason;
  return fields;
}

interface Run {
  id: string;
  controller: AbortController;
  /** The reply received so far (text and parts), as the message is to show it. */
  reply: () => Partial<StoredChatMessage>;
  /** Writes text received but not yet written (it waits for a frame) to the store now. */
  write: () => void;
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
      const builder = createReplyBuilder();
      let raw = '';
      const schedule = option('scheduleFrame') ?? streamingFrameScheduler;
      let written = 0;
      let cancelFrame = null as (() => void) | null;
      let scheduled = false;
      const reply = () => replyFields(builder.snapshot());
      const write = () => {
        if (builder.version === written) return;
        written = builder.version;
        patchMessage(replyId, { ...reply(), status: 'streaming' });
      };
      const scheduleWrite = () => {
        if (scheduled) return;
        scheduled = true;
        const cancel = schedule(onFrame);
        // A scheduler may run the callback at once; only keep a canceller for a pending one.
        if (scheduled) cancelFrame = cancel;
      };
      const onFrame = () => {
        scheduled = false;
        cancelFrame = null;
        write();
      };
      // An early write (the page is being hidden) leaves the pending frame as it is: it finds
      // nothing new, and is still cancelled when the stream ends.
      const run: Run = { id: replyId, controller, reply, write };
      current = run;
      set({ loadingId: replyId });

      let reason: ChatEndReason = 'done';
      let failure: ProChatError | undefined;
      /** The reply's answer from `request` for a history (the reply so far last, from step two on). */
      const ask = (asked: StoredChatMessage[]): ChatRequestResult | Promise<ChatRequestResult> => {
        const config = option('config');
        const messages = buildRequestMessages(asked, config, { keepThinking: option('sendThinking') });
        option('onChatStart')?.(messages);
        const request = resolveRequest();
        if (!request) {
          throw new ProChatError('No request function was given to ProChat.', { code: 'no_request' });
        }
        const payload = buildPayload(config, messages, option('tools'));
        const returned = request(messages, requestOptions(payload, controller.signal), controller.signal);
        // `{ content, ...fields }`: stream `content`, set the fields on the reply.
        const unwrap = (value: ChatRequestResult | ChatReplyWithFields): ChatRequestResult => {
          const reply = classifyResult(value);
          if (reply.kind !== 'fields') return value as ChatRequestResult;
          const { content, ...fields } = reply.value;
          if (!controller.signal.aborted) patchMessage(replyId, fields);
          return content;
        };
        const classified = classifyResult(returned);
        return classified.kind === 'promise'
          ? Promise.resolve(returned).then(unwrap)
          : unwrap(returned as ChatRequestResult | ChatReplyWithFields);
      };
      /** Reads a result into the reply; false when the stream asked to abort. */
      const consume = async (result: ChatRequestResult | Promise<ChatRequestResult>): Promise<boolean> => {
        for await (const received of readReply(result, controller.signal)) {
          if (typeof received !== 'string') {
            // A part event: the stream's error fails the reply, keeping the parts received so far.
            if (received.type === 'error') throw new ProChatError(received.errorText, { code: 'stream_error' });
            if (received.type === 'abort') {
              return false;
            }
            builder.apply(received);
            if (received.type === 'text-delta' && received.delta) option('onChatGenerate')?.(received.delta);
            scheduleWrite();
            continue;
          }
          raw += received;
          const transform = option('transformToChatMessage');
          const delta = transform ? await transform(received, raw) : received;
          if (controller.signal.aborted) break;
          if (!delta) continue;
          builder.appendText(delta);
          option('onChatGenerate')?.(delta);
          scheduleWrite();
        }
        return true;
      };

      try {
        if (source) {
          option('onChatStart')?.(history);
          if (!(await consume(source()))) reason = 'abort';
        } else if (!(await consume(ask(history)))) {
          reason = 'abort';
        }
        // Tools that run in the browser: run the calls the model made, then ask it again with the
        // results, in the same reply, until it answers without calling one or maxSteps is reached.
        const tools = option('tools');
        const maxSteps = option('maxSteps') ?? 5;
        for (let step = 1; tools && !source && reason === 'done' && !controller.signal.aborted; step += 1) {
          const calls = builder
            .snapshot()
            .parts.filter(
              (part): part is ToolCallPart =>
                part.type === 'tool-call' && part.state === 'input-available' && !part.providerExecuted && !!tools[part.toolName]?.execute,
            );
          if (calls.length === 0) break;
          if (step >= maxSteps) {
            throw new ProChatError(`The model kept calling tools: the reply stopped after ${maxSteps} steps (maxSteps).`, {
              code: 'max_steps',
            });
          }
          // The reply as stored (id, role, fields set by `request`); its parts come from the builder.
          const stored = get().getMessageById(replyId);
          if (!stored) break;
          const asked = [...history, { ...stored, ...reply() }];
          await Promise.all(
            calls.map(async (call) => {
              try {
                const output = await tools[call.toolName].execute!((call.input ?? {}) as Record<string, unknown>, {
                  signal: controller.signal,
                  messages: asked,
                  toolCallId: call.toolCallId,
                });
                if (controller.signal.aborted) return;
                builder.apply({ type: 'tool-output-available', toolCallId: call.toolCallId, output: output ?? null });
              } catch (error) {
                if (controller.signal.aborted) return;
                const errorText = error instanceof Error ? error.message : String(error);
                builder.apply({ type: 'tool-output-error', toolCallId: call.toolCallId, errorText: errorText || 'The tool failed.' });
              }
              scheduleWrite();
            }),
          );
          if (controller.signal.aborted) break;
          builder.nextStep();
          if (!(await consume(ask([...history, { ...stored, ...reply() }])))) reason = 'abort';
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
      const finalPatch: Partial<StoredChatMessage> = { ...reply(), status };
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
        patch.messages = replaceById(get().messages, run.id, { ...run.reply(), status: 'aborted' });
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
        if (!locateTurn(get().messages, id)) return undefined;
        stopCurrent();
        let turn = locateTurn(get().messages, id);
        if (!turn) return undefined;
        let replyId = newId(turn.history, turn.user.id);
        if (typeof replyId !== 'string') {
          replyId = await replyId;
          // The list may have changed while the id was being made.
          stopCurrent();
          turn = locateTurn(get().messages, id);
          if (!turn) return undefined;
        }
        const reply = createMessage({ id: replyId, role: 'assistant', content: '', status: 'pending', parentId: turn.user.id });
        set({ messages: withReply(get().messages, turn, reply) });
        await generate(reply.id, turn.history);
        return get().getMessageById(reply.id);
      },

      editMessage: async (id, content, { regenerate } = {}) => {
        const message = get().getMessageById(id);
        if (!message) return undefined;
        if (message.content !== content) patchMessage(id, contentPatch(message, content));
        // An edited question is answered again; an edited reply is kept as written.
        if (message.role !== 'user' || regenerate === false) return undefined;
        return get().resendMessage(id);
      },

      stopGenerating: stopCurrent,

      deleteMessage: (id, { withReplies = false } = {}) => {
        const messages = get().messages;
        const gone = new Set(withReplies ? [id, ...replyIdsOf(messages, id)] : [id]);
        if (current && gone.has(current.id)) stopCurrent();
        const remaining = get().messages;
        const next = remaining.filter((m) => !gone.has(m.id));
        if (next.length !== remaining.length) set({ messages: next });
      },

      setMessageContent: (id, content) => {
        const message = get().getMessageById(id);
        if (message) patchMessage(id, contentPatch(message, content));
      },

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
        current?.write();
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
