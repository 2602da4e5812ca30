import type { ChatVersions, MessageVersions, StoredChatMessage } from '../core/message';

/**
 * Versions as a tree kept beside the visible list. A place in the conversation is named by the id
 * of the message before it ('' for the first place). At a place with versions, each version is the
 * run of messages from there to where that version ends; the one on screen is the rest of the
 * visible list, so its slot is kept empty. Versions inside a hidden run keep their own places, so
 * the tree nests without a second format. Pure functions: nothing is mutated.
 */

/** The name of the place `index` of `messages`: the id of the message before it, '' for the first. */
export function placeAt(messages: readonly StoredChatMessage[], index: number): string {
  return index <= 0 ? '' : messages[index - 1].id;
}

export interface Branched {
  messages: StoredChatMessage[];
  versions: ChatVersions;
}

/**
 * A new version at place `index`: what the list has from there on is kept as a version, and the
 * list goes on with `tail` instead (the edited question, or the new reply).
 */
export function branchAt(
  messages: readonly StoredChatMessage[],
  versions: ChatVersions,
  index: number,
  tail: readonly StoredChatMessage[],
): Branched {
  const place = placeAt(messages, index);
  const point = versions[place];
  const tails = point ? point.tails.slice() : [[]];
  tails[point ? point.active : 0] = messages.slice(index);
  tails.push([]);
  return {
    messages: [...messages.slice(0, index), ...tail],
    versions: { ...versions, [place]: { active: tails.length - 1, tails } },
  };
}

/** The versions shown on the message `id`, when it begins a place that has more than one. */
export function versionsAt(messages: readonly StoredChatMessage[], versions: ChatVersions, index: number): MessageVersions | undefined {
  if (index < 0 || index >= messages.length) return undefined;
  const point = versions[placeAt(messages, index)];
  return point && point.tails.length > 1 ? point : undefined;
}

/**
 * The list with version `target` shown at the place that message `index` begins: the rest of the
 * list becomes that place's current version again, and `target`'s run takes its place. Null when
 * there is no such version, or it is already shown.
 */
export function showVersionAt(
  messages: readonly StoredChatMessage[],
  versions: ChatVersions,
  index: number,
  target: number,
): Branched | null {
  const point = versionsAt(messages, versions, index);
  if (!point || !Number.isInteger(target) || target < 0 || target >= point.tails.length || target === point.active) return null;
  const tails = point.tails.slice();
  tails[point.active] = messages.slice(index);
  const shown = tails[target];
  tails[target] = [];
  return {
    messages: [...messages.slice(0, index), ...shown],
    versions: { ...versions, [placeAt(messages, index)]: { active: target, tails } },
  };
}

/**
 * After a delete: when the version on screen at the list's end lost all its messages, that version
 * goes and the place shows the one before it (deleting what a version holds deletes the version).
 */
export function dropEmptiedVersion(messages: StoredChatMessage[], versions: ChatVersions): Branched {
  const place = placeAt(messages, messages.length);
  const point = versions[place];
  if (!point || point.tails.length < 2) return { messages, versions };
  const tails = point.tails.filter((_, i) => i !== point.active);
  const active = Math.max(0, Math.min(point.active, tails.length) - 1);
  const shown = tails[active];
  tails[active] = [];
  return { messages: [...messages, ...shown], versions: { ...versions, [place]: { active, tails } } };
}

/**
 * Versions still reachable from the list: places whose message is on screen or in a version that
 * is itself reachable. A place left with one version is no longer a choice and goes too.
 */
export function pruneVersions(messages: StoredChatMessage[], versions: ChatVersions): Branched {
  const places = Object.keys(versions);
  if (places.length === 0) return { messages, versions };
  const reachable = new Set<string>(messages.length ? ['', ...messages.map((m) => m.id)] : []);
  const kept: ChatVersions = {};
  const pending = [...reachable];
  while (pending.length) {
    const place = pending.pop()!;
    const point = versions[place];
    if (!point || point.tails.length < 2 || kept[place]) continue;
    kept[place] = point;
    for (const message of point.tails.flat()) {
      if (reachable.has(message.id)) continue;
      reachable.add(message.id);
      pending.push(message.id);
    }
  }
  return { messages, versions: Object.keys(kept).length === places.length ? versions : kept };
}

/** Every message kept in hidden versions, for storage that rewrites messages (file data, nodes). */
export function mapVersionMessages(versions: ChatVersions, map: (message: StoredChatMessage) => StoredChatMessage): ChatVersions {
  const out: ChatVersions = {};
  for (const [place, point] of Object.entries(versions))
    out[place] = { active: point.active, tails: point.tails.map((tail) => tail.map(map)) };
  return out;
}
