import type { StoredChatMessage } from '../core/message';
import type { ChatState } from './types';

const indexCache = new WeakMap<StoredChatMessage[], Map<string, StoredChatMessage>>();

/**
 * O(1) lookup by id. The index is built once per `messages` array (arrays are replaced, never
 * mutated), so a thousand rows each selecting their own message cost one pass per store write.
 */
export function selectMessageById(state: ChatState, id: string): StoredChatMessage | undefined {
  let index = indexCache.get(state.messages);
  if (!index) {
    index = new Map(state.messages.map((m) => [m.id, m]));
    indexCache.set(state.messages, index);
  }
  return index.get(id);
}

export const selectMessageIds = (state: ChatState): string[] => state.messages.map((m) => m.id);

export const selectIsGenerating = (state: ChatState): boolean => state.loadingId !== null;

const parentCache = new WeakMap<StoredChatMessage[], Set<string>>();

/** Whether some message answers `id` (built once per `messages` array, like the id index). */
export function selectHasReply(state: ChatState, id: string): boolean {
  let parents = parentCache.get(state.messages);
  if (!parents) {
    parents = new Set();
    for (const m of state.messages) if (m.parentId) parents.add(m.parentId);
    parentCache.set(state.messages, parents);
  }
  return parents.has(id);
}
