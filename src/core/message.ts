import type { ReactNode } from 'react';

import type { ChatMessageErrorInfo } from './errors';
import type { FinishReason, MessagePart, MessageUsage } from './parts';
import { textOf } from './replyBuilder';

/** The roles a model's conversation is made of, as OpenAI's message params name them. */
export type ModelRole = 'user' | 'assistant' | 'system' | 'developer';

/**
 * A message's role: one a model reads, or one the chat only shows (pro-chat's `function` status
 * rows, `tool`, an app's own). Only messages with a `ModelRole` are sent to `request`.
 */
export type ChatRole = ModelRole | 'function' | 'tool' | (string & {});

const MODEL_ROLES: ReadonlySet<string> = new Set<ModelRole>(['user', 'assistant', 'system', 'developer']);

/** True for the roles sent to `request`. */
export function isModelRole(role: string): role is ModelRole {
  return MODEL_ROLES.has(role);
}

/** A user's rating of a reply. */
export type FeedbackValue = 'up' | 'down';

/**
 * Where a message is in its life: `pending` (asked, nothing received yet), `streaming`,
 * `done`, `aborted` (stopped by the user or the app; the partial text is kept) or `error`
 * (the request or the stream failed; any partial text is kept and `error` says why).
 */
export type ChatMessageStatus = 'pending' | 'streaming' | 'done' | 'aborted' | 'error';

/**
 * A message as the chat stores it and gives it back (`getChats`, `onChatsChange`, `request`,
 * render hooks): every field filled in.
 */
export interface StoredChatMessage<Extra = Record<string, unknown>> {
  id: string;
  role: ChatRole;
  /** The text (markdown). Empty for a message shown as a `node`. */
  content: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  /** The same as `createdAt`, under @ant-design/pro-chat's name. */
  createAt: number;
  /** The same as `updatedAt`, under @ant-design/pro-chat's name. */
  updateAt: number;
  status: ChatMessageStatus;
  error?: ChatMessageErrorInfo;
  /** For a reply: the id of the message it answers. */
  parentId?: string;
  extra?: Extra;
  /**
   * Shown instead of `content` (a message pushed as a React node, e.g. a card). Never sent to
   * `request` and not persisted.
   */
  node?: ReactNode;
  model?: string;
  name?: string;
  /**
   * What the reply is made of, in order of arrival: text, reasoning, tool calls, sources, files,
   * data. Absent when the message is just its text (`content` is then its one text part; see
   * `messageParts`), so text-only chats store nothing twice.
   */
  parts?: MessagePart[];
  /** Token counts the provider reported for this reply. */
  usage?: MessageUsage;
  /** Why the model stopped. */
  finishReason?: FinishReason;
  /** The user's rating of this reply, from the thumbs in its action bar. */
  feedback?: FeedbackValue;
}

/**
 * A message as `request` receives it: a stored message whose role a model reads, so
 * `messages.map(({ role, content }) => ({ role, content }))` is a valid OpenAI message list.
 */
export type RequestMessage<Extra = Record<string, unknown>> = StoredChatMessage<Extra> & { role: ModelRole };

/**
 * A message as an app may write it, e.g. in `initialChats`, `chats` or `pushChat`. Besides the
 * library's own shape it accepts @ant-design/pro-chat's: `createAt` / `updateAt` instead of
 * `createdAt` / `updatedAt`, no `status`, and `content` that is a React node. Every message the
 * chat gives back is a `StoredChatMessage`, which is also a `ChatMessage`.
 */
export interface ChatMessage<Extra = Record<string, unknown>> {
  id: string;
  role: ChatRole;
  content: ReactNode;
  createdAt?: number;
  updatedAt?: number;
  createAt?: number;
  updateAt?: number;
  status?: ChatMessageStatus;
  error?: ChatMessageErrorInfo;
  parentId?: string;
  extra?: Extra;
  node?: ReactNode;
  model?: string;
  name?: string;
  parts?: MessagePart[];
  usage?: MessageUsage;
  finishReason?: FinishReason;
  feedback?: FeedbackValue;
}

/**
 * The versions of one place in a conversation: a question edited, a reply regenerated. Each
 * version is the run of messages from that place to where the version ends, oldest version first;
 * the slot of the version on screen (`active`) is empty, since its messages are the rest of the
 * visible list.
 */
export interface MessageVersions {
  /** Which version is on screen (0-based). */
  active: number;
  tails: StoredChatMessage[][];
}

/**
 * Every place with versions, by the id of the message before it ('' for the first place). A
 * conversation's list is the path on screen; this holds the rest of the tree.
 */
export type ChatVersions = Record<string, MessageVersions>;

/** @ant-design/pro-chat kept messages in an object keyed by id; that form is read too. */
export type ChatMessageMap = Record<string, ChatMessage>;

let counter = 0;

/** A short unique id; random part from crypto when available. */
export function createMessageId(): string {
  counter = (counter + 1) % 1_000_000;
  const random =
    typeof globalThis.crypto?.randomUUID === 'function'
      ? globalThis.crypto.randomUUID().slice(0, 8)
      : Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${counter.toString(36)}-${random}`;
}

const STATUSES = new Set<string>(['pending', 'streaming', 'done', 'aborted', 'error']);

function isStored(message: ChatMessage): message is StoredChatMessage {
  return (
    typeof message.content === 'string' &&
    typeof message.createdAt === 'number' &&
    typeof message.updatedAt === 'number' &&
    message.createAt === message.createdAt &&
    message.updateAt === message.updatedAt &&
    typeof message.status === 'string' &&
    STATUSES.has(message.status)
  );
}

/**
 * Fills in a message: an id, both timestamp names, a status (`done` unless given), and text
 * content (a React node given as `content` moves to `node`). A message that is already complete is
 * returned as is, so normalising an unchanged list keeps every object.
 */
export function createMessage(fields: Omit<ChatMessage, 'id'> & { id?: string }): StoredChatMessage {
  const withId = fields as ChatMessage;
  if (withId.id !== undefined && isStored(withId)) return withId;
  const now = Date.now();
  const createdAt = fields.createdAt ?? fields.createAt ?? now;
  const updatedAt = fields.updatedAt ?? fields.updateAt ?? createdAt;
  const { content, status, ...rest } = fields;
  const text = typeof content === 'string' ? content : typeof content === 'number' ? String(content) : '';
  const message: StoredChatMessage = {
    ...rest,
    id: fields.id ?? createMessageId(),
    content: text,
    createdAt,
    updatedAt,
    createAt: createdAt,
    updateAt: updatedAt,
    status: status && STATUSES.has(status) ? status : 'done',
  };
  const isNode =
    content !== null && content !== undefined && typeof content !== 'string' && typeof content !== 'number' && typeof content !== 'boolean';
  if (isNode) message.node = content;
  if (message.error && !status) message.status = 'error';
  return message;
}

/**
 * Reads messages in any accepted form (an array, or pro-chat's object keyed by id, ordered by
 * creation time) into stored messages. Returns the same array when nothing needed changing.
 */
export function normalizeMessages(input: readonly ChatMessage[] | ChatMessageMap | null | undefined): StoredChatMessage[] {
  if (!input) return [];
  if (!Array.isArray(input)) {
    const entries = Object.entries(input as ChatMessageMap).map(([key, message]) => ({ ...message, id: message.id ?? key }));
    entries.sort((a, b) => (a.createdAt ?? a.createAt ?? 0) - (b.createdAt ?? b.createAt ?? 0));
    return entries.map((message) => createMessage(message));
  }
  const list = input as readonly ChatMessage[];
  let changed = false;
  const out = list.map((message) => {
    const stored = createMessage(message);
    if (stored !== message) changed = true;
    return stored;
  });
  return changed ? out : (list as StoredChatMessage[]);
}

/** A message's parts: its `parts`, or for a message that is just text, that text as one part. */
export function messageParts(message: Pick<StoredChatMessage, 'content' | 'parts'>): MessagePart[] {
  if (message.parts) return message.parts;
  return message.content ? [{ type: 'text', text: message.content }] : [];
}

/** Whether parts say more than their text: anything but a single text part (or none). */
export function hasRichParts(parts: readonly MessagePart[] | undefined): parts is MessagePart[] {
  if (!parts || parts.length === 0) return false;
  return parts.length > 1 || parts[0].type !== 'text';
}

/**
 * What a reply answers, for Copy: in a reply of several steps, the text of the last one (the
 * text between tool calls was the model working); otherwise the whole text.
 */
export function answerText(message: Pick<StoredChatMessage, 'content' | 'parts'>): string {
  const parts = message.parts;
  const at = parts ? parts.map((part) => part.type).lastIndexOf('step-start') : -1;
  if (!parts || at < 0) return message.content;
  const text = textOf(parts.slice(at + 1));
  return text || message.content;
}
