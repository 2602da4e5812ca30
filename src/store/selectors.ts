import type { MessageVersions, StoredChatMessage } from '../core/message';
import type { ChatState } from './types';
import { versionsAt } from './versions';

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

/** Without allocating: this runs for every row on every store write. */
function isEmpty(record: object): boolean {
  for (const _ in record) return false;
  return true;
}

const positionCache = new WeakMap<StoredChatMessage[], Map<string, number>>();

/**
 * The versions of the place message `id` begins (a question edited, a reply regenerated), when it
 * has more than one: `active` is the one on screen, `tails.length` how many there are. The same
 * object until the versions change, so a row re-renders only then.
 */
export function selectVersionsOf(state: ChatState, id: string): MessageVersions | undefined {
  if (isEmpty(state.versions)) return undefined;
  let positions = positionCache.get(state.messages);
  if (!positions) {
    positions = new Map(state.messages.map((m, i) => [m.id, i]));
    positionCache.set(state.messages, positions);
  }
  return versionsAt(state.messages, state.versions, positions.get(id) ?? -1);
}
