'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

import { useIsomorphicLayoutEffect } from '../../ui/useIsomorphicLayoutEffect';
import { layoutHeight } from './layoutHeight';

/**
 * How a long list stays cheap: older rows render as plain text until they near the viewport
 * (useRevealedRows), and rows are grouped in chunks that leave the DOM far from it
 * (useRowGroups, useCollapsedChunks).
 */

/** How far outside the viewport a plain row becomes a full one. */
const REVEAL_MARGIN = '1200px 0px';
/**
 * Rows are grouped in chunks of this many. An older chunk farther than CHUNK_MARGIN from the
 * viewport leaves the DOM, replaced by an empty block of the height it had: a long history then
 * costs the browser nothing per frame while a reply streams (no layout, paint or intersection
 * work for rows nobody sees). It comes back, unchanged, as it nears the viewport again.
 */
const CHUNK_ROWS = 25;
const CHUNK_MARGIN = '2400px 0px';

interface ReadingPosition {
  id: string;
  /** The row's top relative to the scroller's top, in px. */
  offset: number;
}

/** The first row showing at the top of the scroller, unless the reader is at the very bottom. */
function readingPosition(scroller: HTMLElement | null): ReadingPosition | null {
  if (!scroller) return null;
  if (scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= 2) return null;
  const top = scroller.getBoundingClientRect().top;
  for (const row of scroller.querySelectorAll<HTMLElement>('[data-row-id]')) {
    const box = row.getBoundingClientRect();
    if (box.bottom > top) return { id: row.dataset.rowId ?? '', offset: box.top - top };
  }
  return null;
}

/**
 * Which older rows have come near the viewport, through one IntersectionObserver on the scroller.
 * Without IntersectionObserver (tests, old browsers) a row is revealed as soon as it mounts. The
 * server renders the same plain rows as the client's first render, so hydration matches.
 */
export function useRevealedRows(scrollRef: RefObject<HTMLDivElement | null>) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const observerRef = useRef<IntersectionObserver | null>(null);
  const targets = useRef(new Map<Element, string>());
  const pending = useRef<string[]>([]);
  // After every render: rows that mounted in it (without IntersectionObserver) are revealed together.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (pending.current.length === 0) return;
    const ids = pending.current;
    pending.current = [];
    setRevealed((previous) => new Set([...previous, ...ids]));
  });
  const anchor = useRef<ReadingPosition | null>(null);
  // Plain rows turning into full ones change height; keep the row the reader was looking at where
  // it was (the browser's own scroll anchoring loses track when the element under it is replaced).
  useIsomorphicLayoutEffect(() => {
    const saved = anchor.current;
    anchor.current = null;
    const scroller = scrollRef.current;
    if (!saved || !scroller) return;
    const row = scroller.querySelector(`[data-row-id="${CSS.escape(saved.id)}"]`);
    if (!row) return;
    const offset = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += offset - saved.offset;
  }, [revealed]);
  useEffect(
    () => () => {
      observerRef.current?.disconnect();
      observerRef.current = null;
    },
    [],
  );
  const observe = useCallback(
    (element: Element, id: string) => {
      if (typeof IntersectionObserver !== 'function') {
        // Rows mount together: the list's own effect (after theirs) reveals them in one update.
        pending.current.push(id);
        return () => undefined;
      }
      if (!observerRef.current) {
        observerRef.current = new IntersectionObserver(
          (entries) => {
            const near = entries.filter((entry) => entry.isIntersecting).map((entry) => targets.current.get(entry.target));
            if (near.length === 0) return;
            anchor.current = readingPosition(scrollRef.current);
            setRevealed((previous) => {
              const next = new Set(previous);
              for (const found of near) if (found) next.add(found);
              return next;
            });
          },
          { root: scrollRef.current, rootMargin: REVEAL_MARGIN },
        );
      }
      const observer = observerRef.current;
      targets.current.set(element, id);
      observer.observe(element);
      return () => {
        targets.current.delete(element);
        observer.unobserve(element);
      };
    },
    [scrollRef],
  );
  return { revealed, observe };
}

interface CollapsedChunk {
  height: number;
  /** The chunk's rows when it was measured; if they changed, the height no longer holds. */
  rows: string;
}

/**
 * Which chunks are far enough from the viewport to leave the DOM, each with its measured height,
 * through one IntersectionObserver on the chunks. Without IntersectionObserver (tests, servers)
 * every chunk stays.
 */
export function useCollapsedChunks(scrollRef: RefObject<HTMLDivElement | null>) {
  const [collapsed, setCollapsed] = useState<ReadonlyMap<number, CollapsedChunk>>(() => new Map());
  const observerRef = useRef<IntersectionObserver | null>(null);
  const targets = useRef(new Map<Element, { index: number; rows: string; collapsible: boolean }>());
  useEffect(() => {
    const scroller = scrollRef.current;
    let resize: ResizeObserver | undefined;
    if (scroller && typeof ResizeObserver === 'function') {
      // Rows wrap differently at another width: measured heights no longer hold, so every chunk
      // comes back and is measured again when it leaves.
      let width = scroller.clientWidth;
      resize = new ResizeObserver(() => {
        if (scroller.clientWidth === width) return;
        width = scroller.clientWidth;
        setCollapsed((previous) => (previous.size ? new Map() : previous));
      });
      resize.observe(scroller);
    }
    return () => {
      resize?.disconnect();
      observerRef.current?.disconnect();
      observerRef.current = null;
    };
  }, [scrollRef]);
  const observe = useCallback(
    (element: Element, index: number, rows: string, collapsible: boolean) => {
      if (typeof IntersectionObserver !== 'function') return () => undefined;
      if (!observerRef.current) {
        observerRef.current = new IntersectionObserver(
          (entries) => {
            const changes: Array<[number, CollapsedChunk | null]> = [];
            for (const entry of entries) {
              const target = targets.current.get(entry.target);
              if (!target) continue;
              if (entry.isIntersecting) changes.push([target.index, null]);
              // A chunk holding the focus (an edit being typed, say) stays, or the focus would be lost.
              else if (target.collapsible && !entry.target.contains(document.activeElement)) {
                const height = layoutHeight(entry.target as HTMLElement, entry.boundingClientRect.height);
                if (height > 0) changes.push([target.index, { height, rows: target.rows }]);
              }
            }
            if (changes.length === 0) return;
            setCollapsed((previous) => {
              let next: Map<number, CollapsedChunk> | undefined;
              for (const [index, chunk] of changes) {
                const current = previous.get(index);
                if (chunk ? current?.rows === chunk.rows && current.height === chunk.height : !current) continue;
                next ??= new Map(previous);
                if (chunk) next.set(index, chunk);
                else next.delete(index);
              }
              return next ?? previous;
            });
          },
          { root: scrollRef.current, rootMargin: CHUNK_MARGIN },
        );
      }
      const observer = observerRef.current;
      targets.current.set(element, { index, rows, collapsible });
      observer.observe(element);
      return () => {
        targets.current.delete(element);
        observer.unobserve(element);
      };
    },
    [scrollRef],
  );
  return { collapsed, observe };
}

export interface RowGroup {
  key: number;
  ids: string[];
}

/**
 * Splits the rows into chunks of about CHUNK_ROWS. A row keeps the chunk it was first given, so it
 * never changes parent (which would remount it) when rows are deleted or inserted before it; a new
 * row joins the chunk of the row before it while that chunk has room.
 */
export function useRowGroups(ids: string[]): RowGroup[] {
  const chunkOf = useRef(new Map<string, number>());
  const sizes = useRef(new Map<number, number>());
  const nextKey = useRef(0);
  if (chunkOf.current.size > 2 * ids.length + CHUNK_ROWS) {
    // Many rows are gone (cleared, deleted): forget them.
    const keep = new Set(ids);
    for (const id of chunkOf.current.keys()) if (!keep.has(id)) chunkOf.current.delete(id);
  }
  const groups: RowGroup[] = [];
  const used = new Set<number>();
  for (const id of ids) {
    const previous = groups[groups.length - 1];
    let key = chunkOf.current.get(id);
    // A chunk is one run of rows; a row found apart from its chunk's run starts a new chunk.
    if (key === undefined || (used.has(key) && previous?.key !== key)) {
      key = previous && (sizes.current.get(previous.key) ?? 0) < CHUNK_ROWS ? previous.key : nextKey.current++;
      chunkOf.current.set(id, key);
      sizes.current.set(key, (sizes.current.get(key) ?? 0) + 1);
    }
    if (previous?.key === key) previous.ids.push(id);
    else {
      groups.push({ key, ids: [id] });
      used.add(key);
    }
  }
  return groups;
}
