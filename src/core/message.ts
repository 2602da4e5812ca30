import type { ChatMessageErrorInfo } from './errors';

export type ChatRole = 'user' | 'assistant' | 'system' | (string & {});

/**
 * Where a message is in its life: `pending` (asked, nothing received yet), `streaming`,
 * `done`, `aborted` (stopped by the user or the app; the partial text is kept) or `error`
 * (the request or the stream failed; any partial text is kept and `error` says why).
 */
export type ChatMessageStatus = 'pending' | 'streaming' | 'done' | 'aborted' | 'error';

export interface ChatMessage<Extra = Record<string, unknown>> {
  id: string;
  role: ChatRole;
  content: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  status: ChatMessageStatus;
  error?: ChatMessageErrorInfo;
  /** For a reply: the id of the message it answers. */
  parentId?: string;
  extra?: Extra;
}

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

export function createMessage(
  fields: Pick<ChatMessage, 'role' | 'content'> & Partial<ChatMessage>,
): ChatMessage {
  const now = Date.now();
  return {
    ...fields,
    id: fields.id ?? createMessageId(),
    createdAt: fields.createdAt ?? now,
    updatedAt: fields.updatedAt ?? fields.createdAt ?? now,
    status: fields.status ?? 'done',
  };
}
