import { hasRichParts, type StoredChatMessage } from '../core/message';
import type { MessagePart } from '../core/parts';

/**
 * Pure helpers over a message list. Lists are never mutated: a change returns a new array (or the
 * same one when nothing changed), so selectors can cache by array identity.
 */

/** The list with the message `id` patched (and its update time set), or the same list if absent. */
export function replaceById(messages: StoredChatMessage[], id: string, patch: Partial<StoredChatMessage>): StoredChatMessage[] {
  const index = messages.findIndex((m) => m.id === id);
  if (index < 0) return messages;
  const next = messages.slice();
  const updatedAt = patch.updatedAt ?? Date.now();
  next[index] = { ...messages[index], ...patch, id, updatedAt, updateAt: updatedAt };
  return next;
}

/** The ids of the messages that answer `id` (their `parentId` is `id`). */
export function replyIdsOf(messages: StoredChatMessage[], id: string): string[] {
  return messages.filter((m) => m.parentId === id).map((m) => m.id);
}

/** The assistant reply that answers `userIndex`, if the message right after it is one. */
function replyIndexAfter(messages: StoredChatMessage[], userIndex: number): number {
  const next = messages[userIndex + 1];
  if (!next || next.role === 'user') return -1;
  const user = messages[userIndex];
  return next.parentId === undefined || next.parentId === user.id ? userIndex + 1 : -1;
}

export interface Turn {
  /** The user message that asked. */
  user: StoredChatMessage;
  /** The history up to and including it: what the reply is generated from. */
  history: StoredChatMessage[];
  userIndex: number;
  /** Where the reply is, or -1 when there is none yet. */
  replyIndex: number;
}

/** The turn a message belongs to (a user message and its reply), or null when it has no user message. */
export function locateTurn(messages: StoredChatMessage[], id: string): Turn | null {
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

/** The list with `reply` in the turn's reply slot: replacing the old reply, or right after the question. */
export function withReply(messages: StoredChatMessage[], turn: Turn, reply: StoredChatMessage): StoredChatMessage[] {
  const next = messages.slice();
  if (turn.replyIndex >= 0) next.splice(turn.replyIndex, 1, reply);
  else next.splice(turn.userIndex + 1, 0, reply);
  return next;
}

/**
 * The patch that gives `message` new text. A message with parts keeps its other parts (reasoning,
 * tool calls, sources) and gets the text in place of its text parts, where the first one was, so
 * what is shown and what `content` says stay the same text.
 */
export function contentPatch(message: StoredChatMessage, content: string): Partial<StoredChatMessage> {
  if (!hasRichParts(message.parts)) return { content };
  const parts: MessagePart[] = [];
  let placed = false;
  for (const part of message.parts) {
    if (part.type !== 'text') parts.push(part);
    else if (!placed) {
      parts.push({ type: 'text', text: content });
      placed = true;
    }
  }
  if (!placed) parts.push({ type: 'text', text: content });
  return { content, parts: hasRichParts(parts) ? parts : undefined };
}
