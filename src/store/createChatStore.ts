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
  type ChatVersions,
  type StoredChatMessage,
} from '../core/message';
import { buildPayload, buildRequestMessages } from '../core/modelConfig';
import { readReply } from '../core/readReply';
import { createReplyBuilder, lastStepCalls, type ReplyBuilder, type ReplySnapshot } from '../core/replyBuilder';
import type { FilePart, MessagePart, ToolCallPart, ToolCallState } from '../core/parts';
import { toFilePart, type ChatAttachment } from '../core/attachments';
import type { ChatToolDefinition } from '../core/tools';
import { isTransientFailure, pause, retryDelay, startAttempt } from '../core/attempt';
import { classifyResult, requestOptions, type ChatReplyWithFields, type ChatRequest, type ChatRequestResult } from '../core/request';
import { urlRequest } from '../adapters/urlRequest';
import { contentPatch, locateTurn, replaceById, replyIdsOf, withReply } from './messageList';
import { branchAt, dropEmptiedVersion, pruneVersions, showVersionAt } from './versions';
import type { ChatDevtoolsOptions } from './devtools';
import type { ChatEndReason, ChatState, ChatStore, ChatStoreOptions } from './types';

export type ChatStoreApi = StoreApi<ChatStore>;

export interface CreateChatStoreInit {
  /** Messages to start with, in any accepted form (pro-chat's object map too). */
  messages?: readonly ChatMessage[] | ChatMessageMap;
  /** Versions not on screen to start with (see `ChatState.versions`). */
  versions?: ChatVersions;
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
  builder: ReplyBuilder;
  /** Tool calls of the step being written that were answered in the browser. */
  answered: number;
  /** The reply received so far (text and parts), as the message is to show it. */
  reply: () => Partial<StoredChatMessage>;
  /** Writes text received but not yet written (it waits for a frame) to the store now. */
  write: () => void;
  /** Writes at the next frame. */
  scheduleWrite: () => void;
}

/** The states in which a tool call has its answer. */
const ANSWERED = new Set<ToolCallState>(['output-available', 'output-error', 'output-denied']);

/** Calls of a step that still wait for an answer from the browser (the server answers its own). */
function openCalls(calls: readonly ToolCallPart[]): ToolCallPart[] {
  return calls.filter((call) => !call.providerExecuted && !ANSWERED.has(call.state));
}

function needsApproval(tool: ChatToolDefinition | undefined, input: unknown): boolean {
  const rule = tool?.needsApproval;
  if (typeof rule !== 'function') return !!rule;
  try {
    return rule((input ?? {}) as Record<string, unknown>);
  } catch {
    // A rule that fails cannot say the call is safe.
    return true;
  }
}

/** Calls that were running when the reply stopped go back to called-but-unanswered. */
function settleRunning(builder: ReplyBuilder) {
  for (const call of builder.stepCalls()) if (call.state === 'running') builder.updateCall(call.toolCallId, { state: 'input-available' });
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
     * pushed message, whatever `source` yields. With `resume`, goes on with the stored reply (the
     * user answered one of its tool calls) instead of asking first.
     */
    const generate = async (
      replyId: string,
      history: StoredChatMessage[],
      { source, resume }: { source?: () => ChatRequestResult | Promise<ChatRequestResult>; resume?: StoredChatMessage } = {},
    ): Promise<void> => {
      const controller = new AbortController();
      const builder = createReplyBuilder(resume && { parts: resume.parts ?? [], usage: resume.usage, finishReason: resume.finishReason });
      let raw = '';
      const schedule = option('scheduleFrame') ?? streamingFrameScheduler;
      let written = builder.version;
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
      const run: Run = { id: replyId, controller, builder, answered: resume ? 1 : 0, reply, write, scheduleWrite };
      current = run;
      set({ loadingId: replyId });
      if (resume) patchMessage(replyId, { status: 'streaming' });

      let reason: ChatEndReason = 'done';
      let failure: ProChatError | undefined;
      /** The reply's answer from `request` for a history (the reply so far last, from step two on). */
      const ask = (asked: StoredChatMessage[], signal: AbortSignal): ChatRequestResult | Promise<ChatRequestResult> => {
        const configured = option('config');
        // The model picked for this conversation wins over the configured one.
        const picked = get().model;
        const config = picked ? { ...configured, model: picked } : configured;
        const messages = buildRequestMessages(asked, config, { keepThinking: option('sendThinking') });
        option('onChatStart')?.(messages);
        const request = resolveRequest();
        if (!request) {
          throw new ProChatError('No request function was given to ProChat.', { code: 'no_request' });
        }
        const payload = buildPayload(config, messages, option('tools'));
        const returned = request(messages, requestOptions(payload, signal), signal);
        // `{ content, ...fields }`: stream `content`, set the fields on the reply.
        const unwrap = (value: ChatRequestResult | ChatReplyWithFields): ChatRequestResult => {
          const reply = classifyResult(value);
          if (reply.kind !== 'fields') return value as ChatRequestResult;
          const { content, ...fields } = reply.value;
          if (!signal.aborted) patchMessage(replyId, fields);
          return content;
        };
        const classified = classifyResult(returned);
        return classified.kind === 'promise'
          ? Promise.resolve(returned).then(unwrap)
          : unwrap(returned as ChatRequestResult | ChatReplyWithFields);
      };
      /** Reads a result into the reply; false when the stream asked to abort. */
      const consume = async (
        result: ChatRequestResult | Promise<ChatRequestResult>,
        signal = controller.signal,
        onData?: () => void,
      ): Promise<boolean> => {
        for await (const received of readReply(result, signal)) {
          onData?.();
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
          if (signal.aborted) break;
          if (!delta) continue;
          builder.appendText(delta);
          option('onChatGenerate')?.(delta);
          scheduleWrite();
        }
        return true;
      };
      /**
       * Asks the model and reads the answer into the reply, within `requestTimeout` and
       * `streamIdleTimeout`; a failure before anything of this answer arrived is asked again as
       * `retry` says. False when the stream asked to abort or Stop came during a retry's wait.
       */
      const askAndRead = async (asked: StoredChatMessage[]): Promise<boolean> => {
        const retry = option('retry');
        for (let attempt = 1; ; attempt += 1) {
          const before = builder.version;
          const timing = startAttempt(controller.signal, {
            requestTimeout: option('requestTimeout'),
            streamIdleTimeout: option('streamIdleTimeout'),
          });
          try {
            const read = await consume(ask(asked, timing.signal), timing.signal, timing.received);
            const timedOut = timing.timedOut();
            if (timedOut) throw timedOut;
            return read;
          } catch (error) {
            const failure = timing.timedOut() ?? error;
            if (controller.signal.aborted || !retry || attempt > retry.attempts || builder.version !== before) throw failure;
            const info = errorInfo(toProChatError(failure));
            if (!(retry.retryOn ?? isTransientFailure)(info)) throw failure;
            if (!(await pause(retryDelay(retry, attempt), controller.signal))) return false;
          } finally {
            timing.end();
          }
        }
      };
      /** The history with the reply so far last: what the model sees on the next step and tools get. */
      const withReply = (): StoredChatMessage[] | undefined => {
        // The reply as stored (id, role, fields set by `request`); its parts come from the builder.
        const stored = get().getMessageById(replyId);
        return stored && [...history, { ...stored, ...reply() }];
      };
      /** Calls handed to `onToolCall` that it left open: they wait for `addToolResult`. */
      const handedOver = new Set<string>();
      /** Runs one call in the browser: `execute`, else `onToolCall`. */
      const runCall = async (call: ToolCallPart, messages: StoredChatMessage[]) => {
        const execute = option('tools')?.[call.toolName]?.execute;
        const onToolCall = option('onToolCall');
        const context = { signal: controller.signal, messages, toolCallId: call.toolCallId };
        const input = (call.input ?? {}) as Record<string, unknown>;
        builder.updateCall(call.toolCallId, { state: 'running' });
        scheduleWrite();
        try {
          const output = execute ? await execute(input, context) : await onToolCall?.({ ...context, toolCall: call });
          if (controller.signal.aborted) return;
          if (!execute && output === undefined) {
            handedOver.add(call.toolCallId);
            builder.updateCall(call.toolCallId, { state: 'input-available' });
          } else {
            builder.apply({ type: 'tool-output-available', toolCallId: call.toolCallId, output: output ?? null });
            run.answered += 1;
          }
        } catch (error) {
          if (controller.signal.aborted) return;
          const errorText = error instanceof Error ? error.message : String(error);
          builder.apply({ type: 'tool-output-error', toolCallId: call.toolCallId, errorText: errorText || 'The tool failed.' });
          run.answered += 1;
        }
        scheduleWrite();
      };
      /** The calls of this step the browser can run now: complete ones with a handler, and approved ones. */
      const runnable = (): ToolCallPart[] => {
        const tools = option('tools');
        const canRun = (call: ToolCallPart) =>
          !!tools?.[call.toolName]?.execute || (!!option('onToolCall') && !handedOver.has(call.toolCallId));
        return openCalls(builder.stepCalls()).filter(
          (call) => (call.state === 'input-available' && canRun(call)) || (call.state === 'awaiting-approval' && call.approval?.approved),
        );
      };

      try {
        if (source) {
          option('onChatStart')?.(history);
          if (!(await consume(source()))) reason = 'abort';
        } else if (!resume && !(await askAndRead(history))) {
          reason = 'abort';
        }
        // Tool calls answered in the browser: run the ones that can run (asking the user first where
        // a tool needs approval), then ask the model again with the results, in the same reply,
        // until it answers without calling a tool, a call waits for the user, or maxSteps is reached.
        const maxSteps = option('maxSteps') ?? 5;
        let step = 1 + builder.snapshot().parts.filter((part) => part.type === 'step-start').length;
        while (!source && reason === 'done' && !controller.signal.aborted) {
          const tools = option('tools');
          for (const call of openCalls(builder.stepCalls())) {
            if (call.state === 'input-available' && !handedOver.has(call.toolCallId) && needsApproval(tools?.[call.toolName], call.input)) {
              builder.updateCall(call.toolCallId, { state: 'awaiting-approval' });
              scheduleWrite();
            }
          }
          for (let calls = runnable(); calls.length && !controller.signal.aborted; calls = runnable()) {
            const messages = withReply();
            if (!messages) break;
            await Promise.all(calls.map((call) => runCall(call, messages)));
          }
          // Stop here when a call still waits (for the user, or for an app's `addToolResult`), and
          // when nothing was answered here (no calls, or the server answered them itself).
          if (controller.signal.aborted || openCalls(builder.stepCalls()).length || run.answered === 0) break;
          if (step >= maxSteps) {
            throw new ProChatError(`The model kept calling tools: the reply stopped after ${maxSteps} steps (maxSteps).`, {
              code: 'max_steps',
            });
          }
          const asked = withReply();
          if (!asked) break;
          builder.nextStep();
          run.answered = 0;
          step += 1;
          if (!(await askAndRead(asked))) reason = 'abort';
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
      settleRunning(builder);

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
      if (!current) sendQueued(replyId);
    };

    /**
     * Answers a tool call: in the running reply's builder when the call is the running reply's
     * (its loop picks the answer up), else on the stored reply, which then goes on once every call
     * of its last step is answered.
     */
    const answerCall = (toolCallId: string, patch: Partial<ToolCallPart>, accepts: (call: ToolCallPart) => boolean): boolean => {
      const messages = get().messages;
      let index = messages.length - 1;
      let call: ToolCallPart | undefined;
      for (; index >= 0 && !call; index -= 1) {
        // The latest call with this id (some models reuse ids from step to step).
        call = [...(messages[index].parts ?? [])]
          .reverse()
          .find((part): part is ToolCallPart => part.type === 'tool-call' && part.toolCallId === toolCallId);
      }
      if (!call || !accepts(call)) return false;
      const message = messages[index + 1];
      if (current?.id === message.id) {
        current.builder.updateCall(toolCallId, patch);
        if (patch.state && ANSWERED.has(patch.state)) current.answered += 1;
        current.scheduleWrite();
        return true;
      }
      const parts = message.parts!.map((part) => (part === call ? { ...call, ...patch } : part));
      patchMessage(message.id, { parts });
      const updated = get().getMessageById(message.id);
      const step = lastStepCalls(parts);
      const tools = option('tools');
      const canRunNow = (open: ToolCallPart) =>
        (open.state === 'input-available' || (open.state === 'awaiting-approval' && !!open.approval?.approved)) &&
        (!!tools?.[open.toolName]?.execute || !!option('onToolCall'));
      // The reply goes on when this answered its last step (what is left of it can run now).
      if (updated && step.some((part) => part.toolCallId === toolCallId) && openCalls(step).every(canRunNow)) {
        stopCurrent();
        void generate(message.id, messages.slice(0, index + 1), { resume: updated });
      }
      return true;
    };

    const stopCurrent = () => {
      const run = current;
      if (!run) return;
      current = null;
      run.controller.abort();
      settleRunning(run.builder);
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

    /** Sends taking place (reading files, making ids) before their reply starts. */
    let sendsStarting = 0;
    let fromQueue = false;
    /** A storage load the first send waits for, so a request never goes without the history. */
    let historyLoading: Promise<unknown> | null = null;
    let queuedCount = 0;
    const enqueue = (content: string, files: readonly ChatAttachment[] | undefined, front = false) => {
      queuedCount += 1;
      const item = { id: `queued-${queuedCount}`, content, ...(files?.length ? { files: [...files] } : {}) };
      set({ queued: front ? [item, ...get().queued] : [...get().queued, item] });
    };
    /** Whether a reply stopped to wait for the user: a tool call to approve, or one no tool answers. */
    const waitsForUser = (message: StoredChatMessage) =>
      message.status !== 'aborted' &&
      !!message.parts?.some(
        (part) => part.type === 'tool-call' && (part.state === 'awaiting-approval' || part.state === 'input-available'),
      );
    /**
     * Sends the oldest queued message, unless a reply is running or the one that just ended failed
     * or waits for the user, which hold the queue (a send by the user releases it, in order).
     */
    const sendQueued = (endedId?: string) => {
      const [next, ...rest] = get().queued;
      if (!next || current || sendsStarting > 0) return;
      const ended = endedId === undefined ? undefined : get().getMessageById(endedId);
      if (ended && (ended.status === 'error' || waitsForUser(ended))) return;
      set({ queued: rest });
      // Past the queue: this is the queue's own send.
      fromQueue = true;
      const sending = get().sendMessage(next.content, next.files ? { files: next.files } : undefined);
      fromQueue = false;
      sending.catch((error: unknown) => {
        // Kept, first in line, for the user to see and remove: nothing queued is lost.
        console.warn('[pro-chat-next] A queued message could not be sent:', error);
        enqueue(next.content, next.files, true);
      });
    };

    /** Sets a list, and with it the versions a change of it left unreachable go. */
    const setPruned = (messages: StoredChatMessage[], versions = get().versions) => {
      const pruned = pruneVersions(messages, versions);
      set(pruned.versions === get().versions ? { messages: pruned.messages } : pruned);
    };
    const branching = () => option('branching') !== false;

    const initial = pruneVersions(normalizeMessages(init.messages), init.versions ?? {});
    return {
      messages: initial.messages,
      loadingId: null,
      queued: [],
      versions: initial.versions,
      draft: '',

      setModel: (model) => {
        if (model !== get().model) set({ model });
      },

      setDraft: (text) => {
        if (text !== get().draft) set({ draft: text });
      },

      sendMessage: async (content, { files } = {}) => {
        if (!content.trim() && !files?.length) return;
        if (
          !fromQueue &&
          option('whileGenerating') === 'queue' &&
          (get().loadingId !== null || sendsStarting > 0 || get().queued.length > 0)
        ) {
          const held = get().loadingId === null && sendsStarting === 0;
          enqueue(content, files);
          // The queue was held (a failed reply, a call waiting for the user): this send releases it, oldest first.
          if (held) sendQueued();
          return;
        }
        // From here until its reply exists, this send counts as busy: a send meanwhile queues behind it.
        sendsStarting += 1;
        let started: { replyId: string; history: StoredChatMessage[] } | undefined;
        try {
          if (historyLoading) await historyLoading;
          // Read first: a file that cannot be read rejects the send before anything changes.
          const fileParts: FilePart[] = files?.length ? await Promise.all(files.map(toFilePart)) : [];
          stopCurrent();
          let userId = newId(get().messages);
          if (typeof userId !== 'string') userId = await userId;
          const parts: MessagePart[] | undefined = fileParts.length
            ? [...fileParts, ...(content.trim() ? [{ type: 'text' as const, text: content }] : [])]
            : undefined;
          const user = createMessage({ id: userId, role: 'user', content, status: 'done', ...(parts ? { parts } : {}) });
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
          started = { replyId: reply.id, history };
        } finally {
          sendsStarting -= 1;
        }
        await generate(started.replyId, started.history);
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
        const messages = get().messages;
        const old = turn.replyIndex >= 0 ? messages[turn.replyIndex] : undefined;
        // A failed reply is retried in its place: there is nothing in it to keep.
        if (old && branching() && old.status !== 'error') set(branchAt(messages, get().versions, turn.replyIndex, [reply]));
        else set({ messages: withReply(messages, turn, reply) });
        await generate(reply.id, turn.history);
        return get().getMessageById(reply.id);
      },

      editMessage: async (id, content, { regenerate } = {}) => {
        const message = get().getMessageById(id);
        if (!message) return undefined;
        const answer = message.role === 'user' && regenerate !== false;
        if (answer && branching() && message.content !== content) {
          // The edited question is a new version of it, with an id of its own; the old one stays,
          // with its reply and the turns after it, as the version before.
          stopCurrent();
          const index = get().messages.findIndex((m) => m.id === id);
          let editedId = newId(get().messages.slice(0, index));
          if (typeof editedId !== 'string') {
            editedId = await editedId;
            stopCurrent();
          }
          const messages = get().messages;
          const at = messages.findIndex((m) => m.id === id);
          if (at < 0) return undefined;
          const now = Date.now();
          const { feedback: _feedback, error: _error, ...kept } = messages[at];
          const edited: StoredChatMessage = {
            ...kept,
            ...contentPatch(messages[at], content),
            id: editedId,
            status: 'done',
            createdAt: now,
            updatedAt: now,
            createAt: now,
            updateAt: now,
          };
          set(branchAt(messages, get().versions, at, [edited]));
          return get().resendMessage(edited.id);
        }
        if (message.content !== content) patchMessage(id, contentPatch(message, content));
        // An edited question is answered again; an edited reply is kept as written.
        if (!answer) return undefined;
        return get().resendMessage(id);
      },

      showVersion: (id, index) => {
        const messages = get().messages;
        const at = messages.findIndex((m) => m.id === id);
        if (!showVersionAt(messages, get().versions, at, index)) return false;
        // The reply being written would go out of sight mid-stream: it stops, keeping its text.
        if (
          current &&
          get()
            .messages.slice(at)
            .some((m) => m.id === current?.id)
        )
          stopCurrent();
        const shown = showVersionAt(
          get().messages,
          get().versions,
          get().messages.findIndex((m) => m.id === id),
          index,
        );
        if (!shown) return false;
        set(shown);
        return true;
      },

      setVersions: (versions) => {
        setPruned(get().messages, versions);
      },

      stopGenerating: stopCurrent,

      deleteMessage: (id, { withReplies = false } = {}) => {
        const messages = get().messages;
        const gone = new Set(withReplies ? [id, ...replyIdsOf(messages, id)] : [id]);
        if (current && gone.has(current.id)) stopCurrent();
        const remaining = get().messages;
        const next = remaining.filter((m) => !gone.has(m.id));
        if (next.length === remaining.length) return;
        const refilled = dropEmptiedVersion(next, get().versions);
        setPruned(refilled.messages, refilled.versions);
      },

      setMessageContent: (id, content) => {
        const message = get().getMessageById(id);
        if (message) patchMessage(id, contentPatch(message, content));
      },

      updateMessage: (id, patch) => patchMessage(id, patch),

      clearMessages: () => {
        set({ queued: [] });
        stopCurrent();
        set({ messages: [], versions: {} });
      },

      isBusy: () => get().loadingId !== null || sendsStarting > 0 || get().queued.length > 0,

      holdSendsUntil: (loading) => {
        const settled = Promise.resolve(loading).then(
          () => undefined,
          () => undefined,
        );
        historyLoading = settled;
        void settled.then(() => {
          if (historyLoading === settled) historyLoading = null;
        });
      },

      prependMessages: (input) => {
        const current = get().messages;
        const present = new Set(current.map((message) => message.id));
        const older = normalizeMessages(input).filter((message) => !present.has(message.id));
        if (!older.length) return;
        // The first place is no longer first: its versions now follow the last older message.
        const { '': first, ...versions } = get().versions;
        set(
          first
            ? { messages: [...older, ...current], versions: { ...versions, [older[older.length - 1].id]: first } }
            : { messages: [...older, ...current] },
        );
      },

      removeQueued: (id) => {
        set({ queued: get().queued.filter((queued) => queued.id !== id) });
      },

      resetMessages: async () => {
        // Nothing queued may be sent while the app's onResetMessage is awaited.
        set({ queued: [] });
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
        await generate(message.id, history, { source: () => source });
        return get().getMessageById(message.id) ?? message;
      },

      addToolResult: (toolCallId, output) =>
        answerCall(toolCallId, { state: 'output-available', output: output ?? null }, (call) => !ANSWERED.has(call.state)),

      addToolError: (toolCallId, errorText) =>
        answerCall(toolCallId, { state: 'output-error', errorText: errorText || 'The tool failed.' }, (call) => !ANSWERED.has(call.state)),

      approveToolCall: (toolCallId) =>
        answerCall(toolCallId, { approval: { approved: true } }, (call) => call.state === 'awaiting-approval' && !call.approval),

      denyToolCall: (toolCallId, reason) =>
        answerCall(
          toolCallId,
          { state: 'output-denied', approval: { approved: false, ...(reason ? { reason } : {}) } },
          (call) => call.state === 'awaiting-approval' && !call.approval,
        ),

      setFeedback: (id, feedback) => {
        const message = get().getMessageById(id);
        if (!message || (message.feedback ?? null) === feedback) return;
        const { feedback: _previous, ...rest } = message;
        const next = feedback ? { ...rest, feedback } : rest;
        set({ messages: get().messages.map((m) => (m.id === id ? next : m)) });
        option('onFeedback')?.(next, feedback);
      },

      setMessages: (input) => {
        const messages = normalizeMessages(input);
        if (current && !messages.some((m) => m.id === current?.id)) stopCurrent();
        setPruned(messages);
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
