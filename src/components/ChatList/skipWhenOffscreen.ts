import { layoutHeight } from './layoutHeight';

/**
 * Lets the browser skip a laid-out row while it is off screen (`content-visibility: auto`): no
 * style, layout or paint work for it each frame, as when a reply streams below it. Its height is
 * measured first and kept as its intrinsic size, so the scroll height does not change when it is
 * skipped; once shown again the browser remembers its real size (`contain-intrinsic-size: auto`).
 * The text stays in the page: find-in-page, selection and screen readers still reach it.
 *
 * A skipped row is not laid out, so when its content changes (a lazily loaded table or formula
 * renders, an edit is saved) it is shown in full again and measured anew. A row on screen is not
 * touched when it changes: the browser lays it out and remembers its new size itself. Which rows
 * are skipped comes from the browser's `contentvisibilityautostatechange` events, not from asking
 * (that would force style); a row not yet reported counts as skipped. Toggling containment on a
 * shown row lays its whole subtree out again, which for a 5,000-line code block being coloured in
 * steps costs seconds. Rows are measured
 * when the page is idle (turning containment on lays a row out again: for a reply that has just
 * finished streaming, that must not delay its final paint), all together (all reads, then all
 * writes: one layout). Returns the undo, for a row that starts changing for good (streaming) or
 * unmounts.
 */
const queued = new Set<HTMLElement>();
let scheduled = false;

function supported(): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('content-visibility', 'auto');
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
  else setTimeout(callback, 50);
}

function applyQueued(): void {
  scheduled = false;
  const rows = [...queued];
  queued.clear();
  const heights = rows.map((row) => (row.isConnected ? layoutHeight(row) : 0));
  rows.forEach((row, index) => {
    if (heights[index] <= 0) return;
    // setProperty: older TypeScript DOM typings lack these two properties.
    row.style.setProperty('contain-intrinsic-size', `auto ${heights[index]}px`);
    row.style.setProperty('content-visibility', 'auto');
  });
}

function queue(row: HTMLElement): void {
  queued.add(row);
  if (scheduled) return;
  scheduled = true;
  whenIdle(applyQueued);
}

function show(row: HTMLElement): void {
  row.style.removeProperty('content-visibility');
  row.style.removeProperty('contain-intrinsic-size');
}

/**
 * Fired on a `content-visibility: auto` element when it starts or stops being skipped (Chromium does;
 * where it never fires, every row counts as skipped, as before the event existed).
 */
const STATE_CHANGE = 'contentvisibilityautostatechange';

export function skipWhenOffscreen(row: HTMLElement): () => void {
  if (!supported()) return () => undefined;
  let shown = false;
  const onStateChange = (event: Event) => {
    shown = (event as Event & { skipped?: boolean }).skipped === false;
  };
  row.addEventListener(STATE_CHANGE, onStateChange);
  const changes =
    typeof MutationObserver === 'function'
      ? new MutationObserver(() => {
          if (shown) return;
          show(row);
          queue(row);
        })
      : undefined;
  changes?.observe(row, { childList: true, characterData: true, subtree: true });
  queue(row);
  return () => {
    changes?.disconnect();
    row.removeEventListener(STATE_CHANGE, onStateChange);
    queued.delete(row);
    show(row);
  };
}
