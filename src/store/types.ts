import type { ChatRetryOptions } from '../core/attempt';
import type { ChatAttachment } from '../core/attachments';
import type { ChatMessage, ChatMessageMap, ChatVersions, FeedbackValue, StoredChatMessage } from '../core/message';
import type { ModelConfig } from '../core/modelConfig';
import type { ChatToolCallHandler, ChatTools } from '../core/tools';

import type { ChatRequest, ChatRequestResult } from '../core/request';
import type { FrameScheduler } from '../core/frame';

export type ChatEndReason = 'done' | 'abort' | 'error';

/** Everything the store reads from props at the moment it needs it (never captured at mount). */
export interface ChatStoreOptions {
  /**
   * Produces the reply: a function (see `ChatRequest`), or a URL that ProChat POSTs
   * `{ messages, model, stream: true, ...params }` to and streams the answer from.
   */
  request?: ChatRequest | string;
  /** Model, parameters and how history is sent (`systemRole`, `historyCount`, `inputTemplate`). */
  config?: ModelConfig;
  /**
   * Makes the id of every new message (user messages, replies, pushed messages), given the
   * messages so far and, for a reply, the id of the message it answers ('' for other messages,
   * which answer none). May return a Promise
   * (except for `pushChat` with text, which is synchronous and then uses a random id).
   */
  genMessageId?: (messages: StoredChatMessage[], parentId: string) => string | Promise<string>;
  /**
   * Tools the model may call, by name, with a description and JSON Schema parameters. `request`
   * gets them in OpenAI's `tools` format as `payload.tools`, and the URL request sends them so. A
   * tool with `execute` runs in the browser when called, and the model is asked again with the
   * result, in the same reply.
   */
  tools?: ChatTools;
  /**
   * How many times one reply may ask the model (each time with the results of the tools it
   * called); a model still calling tools after that fails the reply with a message saying so.
   * @default 5
   */
  maxSteps?: number;
  /**
   * Answers the calls no tool's `execute` answers: return the output (or a Promise of it), throw
   * for an error, or return `undefined` to answer later with `addToolResult`.
   */
  onToolCall?: ChatToolCallHandler;
  /** Called when the user rates a reply (thumbs up or down, or takes the rating back: `null`). */
  onFeedback?: (message: StoredChatMessage, feedback: FeedbackValue | null) => void;
  /** Send earlier replies' `<think>` blocks back to the model as history (default false: left out). */
  sendThinking?: boolean;
  /** Called with the messages about to be sent, before `request`. */
  onChatStart?: (messages: StoredChatMessage[]) => void;
  /** Awaited by `resetMessages` (the clear-conversation button, `clearMessage()`) before the list is emptied. */
  onResetMessage?: () => void | Promise<void>;
  /** Called for every text delta received, in order. */
  onChatGenerate?: (delta: string) => void;
  /** Called once per reply, after its final text and status are in the store. */
  onChatEnd?: (id: string, reason: ChatEndReason) => void;
  /**
   * Rewrites each received delta before it is appended: gets the delta and the text so far
   * (including the delta) and returns what to append. For apps that parse their own formats.
   */
  transformToChatMessage?: (delta: string, accumulated: string) => string | Promise<string>;
  /**
   * When streamed text is written to the store: at most once per call. Defaults to the page's
   * streaming pacer (animation frames, fewer of them when rendering is heavy); tests may pass
   * their own, and `animationFrameScheduler` writes on every frame.
   */
  scheduleFrame?: FrameScheduler;
  /**
   * What sending does while a reply streams: `'stop'` stops the reply and sends (the input asks
   * the user to wait or press Stop); `'queue'` keeps the message in a queue, shown above the input
   * and removable, sent in order as each reply ends (a reply that failed holds the queue until the
   * next one ends). Stop clears nothing that is queued.
   * @default 'stop'
   */
  whileGenerating?: 'stop' | 'queue';
  /**
   * Editing a question or regenerating a reply keeps what was there as a version: the message
   * shows a `< 2 / 3 >` picker, and `request` always gets the versions on screen. False
   * overwrites instead, as @ant-design/pro-chat did (a regenerated reply replaces the old one and
   * the turns after it stay).
   * @default true
   */
  branching?: boolean;
  /**
   * Fail the reply when nothing of it has arrived this many ms after the request was made (also
   * for each later step of a reply with tools). The message says which wait ran out.
   */
  requestTimeout?: number;
  /**
   * Fail the reply when its stream sends nothing new for this many ms; the text and parts so far
   * are kept, and Retry is offered.
   */
  streamIdleTimeout?: number;
  /**
   * Ask again, after a wait, when a request fails before anything of the answer arrived (never
   * after: that would write the reply twice). `{ attempts: 2 }` asks up to three times in all;
   * see `ChatRetryOptions` for `backoff` and `retryOn`. The error shows only when the last one fails.
   */
  retry?: ChatRetryOptions;
}

/** A message waiting for the running reply to end (`whileGenerating: 'queue'`). */
export interface QueuedMessage {
  id: string;
  content: string;
  files?: readonly ChatAttachment[];
}

export interface ChatState {
  messages: StoredChatMessage[];
  /** Id of the assistant message being generated, or null. */
  loadingId: string | null;
  /** Messages sent while a reply streamed, oldest first (`whileGenerating: 'queue'`). */
  queued: QueuedMessage[];
  /**
   * The versions not on screen (`branching`), by place: the id of the message before it, '' for
   * the first. `messages` is always the path on screen.
   */
  versions: ChatVersions;
  /**
   * What is typed in the chat's input and not sent yet. Kept with the chat, so a conversation
   * keeps its half-written message while the user is elsewhere; `setDraft` fills the input from code.
   */
  draft: string;
  /**
   * The model the user picked for this conversation (the model picker), sent as `config.model`
   * in place of the configured one; saved with the conversation.
   */
  model?: string;
}

/** A message to add: `role` and `content` (text, or a React node to show as is); the rest is filled in. */
export type NewMessage = Pick<ChatMessage, 'role' | 'content'> & Partial<ChatMessage>;

export interface DeleteMessageOptions {
  /**
   * Also remove the messages that answer it (a user message's reply): the whole turn.
   * @default false
   */
  withReplies?: boolean;
}

export interface EditMessageOptions {
  /**
   * For a user message: answer the edited question again, replacing its reply.
   * @default true
   */
  regenerate?: boolean;
}

/** What a message is sent with besides its text. */
export interface SendMessageOptions {
  /**
   * Files for the model: `File`s or `Blob`s (read into data URLs), or files already stored
   * (`{ url, mediaType, filename }`). They become the message's `file` parts; a message may be
   * files alone.
   */
  files?: readonly ChatAttachment[];
}

export interface ChatActions {
  /**
   * Adds the user's message (its text, and its files as `file` parts) and streams the reply.
   * Sending over a running reply stops it first, or, with `whileGenerating: 'queue'`, queues the
   * message (resolving once it is queued).
   */
  sendMessage: (content: string, options?: SendMessageOptions) => Promise<void>;
  /**
   * Regenerates the reply to a turn (given the reply, or the question it answers). The old reply
   * and the turns after it are kept as a version (`branching`, the default), or the old reply is
   * replaced in place (`branching: false`, and a reply that failed); a question without a reply
   * gets one. Resolves, when the new reply has ended, to it (undefined when `id` belongs to no turn).
   */
  resendMessage: (id: string) => Promise<StoredChatMessage | undefined>;
  /**
   * Sets a message's text as the user edited it. An edited user message is answered again unless
   * `regenerate` is false; with `branching` it becomes a new version of the question (a new id),
   * and the old question with everything after it is kept as the version before. An edited reply
   * (and a question with `regenerate: false`) is changed in place. Resolves to the new reply when
   * there is one.
   */
  editMessage: (id: string, content: string, options?: EditMessageOptions) => Promise<StoredChatMessage | undefined>;
  /**
   * Shows version `index` (0-based) of the place that message `id` begins: the messages from there
   * on become that version's. A reply still being written in the version being hidden is stopped
   * first. False when `id` has no such version.
   */
  showVersion: (id: string, index: number) => boolean;
  /** Replaces the hidden versions (restoring a saved conversation); ones no message reaches are dropped. */
  setVersions: (versions: ChatVersions) => void;
  /** Aborts the running reply; its partial text stays with status `aborted`. */
  stopGenerating: () => void;
  /**
   * Sends wait for `loading` (settled either way) before they are made: a conversation still
   * loading from its storage is never asked about without its history. `persistChat` calls it.
   */
  holdSendsUntil: (loading: PromiseLike<unknown>) => void;
  /** Whether a reply runs, a send is on its way to starting one, or messages are queued. */
  isBusy: () => boolean;
  /** Picks the model for this conversation's next requests (`undefined`: the configured one). */
  setModel: (model: string | undefined) => void;
  /** Sets what is typed in the input (see `draft`). */
  setDraft: (text: string) => void;
  /** Takes a message out of the queue before it is sent. */
  removeQueued: (id: string) => void;
  /** Removes a message (stopping it first if it is the reply being written). */
  deleteMessage: (id: string, options?: DeleteMessageOptions) => void;
  setMessageContent: (id: string, content: string) => void;
  updateMessage: (id: string, patch: Partial<Omit<StoredChatMessage, 'id'>>) => void;
  /** Stops any running reply and removes every message. */
  clearMessages: () => void;
  /** Awaits `onResetMessage`, then clears (what the clear-conversation button does). */
  resetMessages: () => Promise<void>;
  /**
   * Puts earlier messages before the list (older history loaded on demand); messages whose id is
   * already in the list are left out.
   */
  prependMessages: (messages: readonly ChatMessage[] | ChatMessageMap) => void;
  /** Appends a message as is (no request is made). */
  pushMessage: (message: NewMessage) => StoredChatMessage;
  /**
   * Appends a message (an assistant message by default) whose text streams in from `source`, e.g.
   * a server push, without a user turn. Resolves when the stream ends. Stop works on it as on a reply.
   */
  streamMessage: (
    source: ChatRequestResult | Promise<ChatRequestResult>,
    fields?: Partial<Omit<StoredChatMessage, 'content' | 'status'>>,
  ) => Promise<StoredChatMessage>;
  /**
   * Answers a tool call the browser had no answer for (a tool without `execute`, a form the user
   * filled in): records `output` on it, and once every call of that step is answered the model is
   * asked again, in the same reply. False when no open call has this id.
   */
  addToolResult: (toolCallId: string, output: unknown) => boolean;
  /** As `addToolResult`, for a call that failed: `errorText` is sent to the model as its result. */
  addToolError: (toolCallId: string, errorText: string) => boolean;
  /** Lets a call that waits for approval run (then the reply goes on). False when none waits with this id. */
  approveToolCall: (toolCallId: string) => boolean;
  /** Refuses a call that waits for approval: it is answered to the model as denied, with `reason` if given. */
  denyToolCall: (toolCallId: string, reason?: string) => boolean;
  /** Rates a reply (`null` takes the rating back): stored on the message as `feedback`, and `onFeedback` is called. */
  setFeedback: (id: string, feedback: FeedbackValue | null) => void;
  /** Replaces the whole list (used for controlled `chats`); pro-chat's shapes are read too. */
  setMessages: (messages: readonly ChatMessage[] | ChatMessageMap) => void;
  getMessageById: (id: string) => StoredChatMessage | undefined;
  /**
   * Replaces the callbacks and request the store uses from now on. `layer` 1 (a <ProChat> inside a
   * provider) overrides layer 0 (the provider) key by key.
   */
  setOptions: (options: ChatStoreOptions, layer?: number) => void;
  /**
   * Writes the text of the running reply that is waiting for its animation frame to the store at
   * once (streamed text is written at most once a frame, and less often when frames are heavy).
   * For saving the conversation as the page is hidden or closed; nothing else needs it.
   */
  flushStreamingText: () => void;
  /** Stops any running reply; the store is not used afterwards. */
  destroy: () => void;
}

export type ChatStore = ChatState & ChatActions;
