import type { ChatMessageStatus, ChatVersions, MessageVersions, StoredChatMessage } from '../core/message';
import { SAVED_VERSION } from './storage';

const STATUSES = new Set<ChatMessageStatus>(['pending', 'streaming', 'done', 'aborted', 'error']);

export const INTERRUPTED_CODE = 'interrupted';

/** Why saved data was not used, for the console warning. */
export class SavedDataError extends Error {}

function isMessage(value: unknown): value is StoredChatMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return typeof m.id === 'string' && typeof m.role === 'string' && typeof m.content === 'string';
}

/**
 * Parts, usage and a finish reason are optional in format 1: conversations saved before replies
 * had parts load as they are. Parts that are not a list of typed objects (edited by hand, written
 * by other code) are dropped, and the message keeps its text.
 */
function withoutBadParts(message: StoredChatMessage): StoredChatMessage {
  const parts: unknown = message.parts;
  if (parts === undefined) return message;
  const valid =
    Array.isArray(parts) &&
    parts.every((part) => part !== null && typeof part === 'object' && typeof (part as { type?: unknown }).type === 'string');
  if (!valid) {
    const { parts: _dropped, ...rest } = message;
    return rest;
  }
  // A tool that was running when the page went away did not finish: the call is left unanswered.
  if (!message.parts!.some((part) => part.type === 'tool-call' && part.state === 'running')) return message;
  return {
    ...message,
    parts: message.parts!.map((part) =>
      part.type === 'tool-call' && part.state === 'running' ? { ...part, state: 'input-available' } : part,
    ),
  };
}

/** A saved message back as the chat keeps it; throws SavedDataError naming `where` when it is not one. */
function restoreMessage(value: unknown, where: string): StoredChatMessage {
  if (!isMessage(value)) throw new SavedDataError(`${where} is malformed`);
  const status: ChatMessageStatus = STATUSES.has(value.status) ? value.status : 'done';
  const now = Date.now();
  const message: StoredChatMessage = {
    ...withoutBadParts(value),
    status,
    createdAt: typeof value.createdAt === 'number' ? value.createdAt : now,
    updatedAt: typeof value.updatedAt === 'number' ? value.updatedAt : now,
  };
  if (status === 'pending' || status === 'streaming') {
    return {
      ...message,
      status: 'error',
      error: { message: 'This reply was interrupted before it finished.', code: INTERRUPTED_CODE },
    };
  }
  return message;
}

function isVersions(value: unknown): value is Record<string, { active: unknown; tails: unknown }> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Saved versions, checked; a place that is not well formed is left out (its messages with it). */
function restoreVersions(value: unknown): ChatVersions {
  if (!isVersions(value)) return {};
  const versions: ChatVersions = {};
  for (const [place, point] of Object.entries(value)) {
    if (!point || !Array.isArray(point.tails) || !point.tails.every(Array.isArray)) continue;
    const tails = point.tails as unknown[][];
    const active = point.active;
    if (typeof active !== 'number' || !Number.isInteger(active) || active < 0 || active >= tails.length) continue;
    try {
      const restored: MessageVersions = {
        active,
        tails: tails.map((tail, t) => tail.map((message, m) => restoreMessage(message, `version ${t} message ${m} at "${place}"`))),
      };
      versions[place] = restored;
    } catch (error) {
      console.warn('[pro-chat-next] Ignoring a saved version:', error instanceof Error ? error.message : error);
    }
  }
  return versions;
}

/** A saved conversation as the chat keeps it: the path on screen and the versions not on screen. */
export interface RestoredConversation {
  messages: StoredChatMessage[];
  versions: ChatVersions;
  model?: string;
}

/**
 * Checks what a storage returned and turns it back into messages and versions. A reply that was
 * still streaming when the page went away comes back as failed with code `interrupted` (so it
 * offers Retry), never as complete. Throws SavedDataError for messages it does not recognise;
 * versions that are not well formed are left out, keeping the messages.
 */
export function restoreConversation(data: unknown): RestoredConversation {
  if (data === undefined || data === null) return { messages: [], versions: {} };
  if (typeof data !== 'object' || Array.isArray(data)) throw new SavedDataError('not a saved conversation');
  const saved = data as { version?: unknown; messages?: unknown; versions?: unknown; model?: unknown };
  if (saved.version !== SAVED_VERSION) throw new SavedDataError(`unknown format version ${String(saved.version)}`);
  if (!Array.isArray(saved.messages)) throw new SavedDataError('messages is not a list');
  return {
    messages: saved.messages.map((value, index) => restoreMessage(value, `message ${index}`)),
    versions: restoreVersions(saved.versions),
    ...(typeof saved.model === 'string' && saved.model ? { model: saved.model } : {}),
  };
}

/** As `restoreConversation`, the messages on screen only. */
export function restoreMessages(data: unknown): StoredChatMessage[] {
  return restoreConversation(data).messages;
}
