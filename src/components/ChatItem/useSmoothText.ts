import { useEffect, useRef, useState } from 'react';

import { revealBoundary } from './revealBoundary';

/** How far behind the network the display may fall while streaming, in frames (~130 ms). */
const LAG_FRAMES = 8;
/**
 * Once the stream has ended, whatever is left is shown within this many frames (~33 ms), so the
 * complete answer is on screen about as soon as its last byte arrives.
 */
const DRAIN_FRAMES = 2;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

/**
 * Reveals streamed text at a steady pace on animation frames instead of in network bursts. Each
 * frame shows 1/8 of what is waiting (so a 5,000-character burst is mostly on screen within a
 * quarter second), and once `streaming` turns false the rest shows within two frames. Text
 * that was already complete when first rendered (history) shows at once. Off when `enabled` is
 * false or the user prefers reduced motion.
 */
export function useSmoothText(text: string, streaming: boolean, enabled: boolean): string {
  const active = enabled && !prefersReducedMotion();
  // Start from the full text unless this message is streaming when it first appears.
  const [shown, setShown] = useState(() => (active && streaming ? 0 : text.length));
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const drainStep = useRef(0);
  const textRef = useRef(text);
  textRef.current = text;
  const streamingRef = useRef(streaming);
  streamingRef.current = streaming;
  // Only text that arrives while streaming (and its drain right after) is paced; an edit or a
  // replacement of a finished message shows at once.
  const paced = useRef(streaming);
  if (streaming) paced.current = true;

  useEffect(() => {
    if (!active) return undefined;
    if (!paced.current) {
      if (shownRef.current !== text.length) setShown(text.length);
      return undefined;
    }
    if (shownRef.current >= text.length) {
      if (!streaming) {
        paced.current = false;
        drainStep.current = 0;
      }
      // Text shrank (edited, replaced): never show more than there is.
      if (shownRef.current > text.length) setShown(text.length);
      return undefined;
    }
    if (!streaming && drainStep.current === 0) {
      drainStep.current = Math.max(1, Math.ceil((text.length - shownRef.current) / DRAIN_FRAMES));
    }
    let frame = 0;
    const tick = () => {
      const target = textRef.current;
      const backlog = target.length - shownRef.current;
      if (backlog <= 0) return;
      const step = streamingRef.current
        ? Math.max(1, Math.ceil(backlog / LAG_FRAMES))
        : Math.max(drainStep.current || 1, Math.ceil(backlog / LAG_FRAMES));
      const next = revealBoundary(target, shownRef.current + step);
      shownRef.current = next;
      if (next >= target.length && !streamingRef.current) {
        paced.current = false;
        drainStep.current = 0;
      }
      setShown(next);
      if (next < target.length) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [active, text, streaming]);

  if (!active || !paced.current) return text;
  return text.slice(0, Math.min(shown, text.length));
}
