'use client';

import { useEffect, useRef, useState } from 'react';

import { streamingFrameScheduler } from '../../core/framePacer';
import { revealBoundary } from './revealBoundary';

/** How far behind the network the display may fall while streaming, in 60 Hz frames (~130 ms). */
const LAG_FRAMES = 8;
const FRAME_MS = 1000 / 60;

let reducedMotion: { query: MediaQueryList; from: typeof window.matchMedia } | undefined;
function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  // One query object, read on every render: it follows the setting as it changes.
  if (reducedMotion?.from !== window.matchMedia) {
    reducedMotion = { query: window.matchMedia('(prefers-reduced-motion: reduce)'), from: window.matchMedia };
  }
  return reducedMotion.query.matches;
}

/**
 * The share of what waits to show after `elapsed` ms: 1/LAG_FRAMES per 60 Hz frame, compounded, so
 * the pace is the same in time when frames are skipped (a busy page, a 30 Hz display). At least
 * one frame's share, so every update shows something.
 */
function revealShare(elapsed: number): number {
  const frames = Math.min(60, Math.max(1, elapsed / FRAME_MS));
  return 1 - (1 - 1 / LAG_FRAMES) ** frames;
}

/**
 * Reveals streamed text at a steady pace on animation frames instead of in network bursts. Each
 * 60 Hz frame's worth of time shows 1/8 of what is waiting (so a 5,000-character burst is mostly on
 * screen within a quarter second); frames come from the streaming pacer, which skips some when
 * rendering is heavy, and once `streaming` turns false the rest shows in that same render, so the
 * complete answer is on screen as soon as its end is known (Stop shows all that arrived). Text
 * that was already complete when first rendered (history) shows at once. Off when `enabled` is
 * false or the user prefers reduced motion.
 */
export function useSmoothText(text: string, streaming: boolean, enabled: boolean): string {
  const active = enabled && !prefersReducedMotion();
  // Start from the full text unless this message is streaming when it first appears.
  const [shown, setShown] = useState(() => (active && streaming ? 0 : text.length));
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const textRef = useRef(text);
  textRef.current = text;
  // Only text that arrives while streaming is paced; an edit or a replacement of a finished
  // message shows at once.
  const paced = useRef(streaming);
  if (streaming) paced.current = true;

  useEffect(() => {
    if (!active) return undefined;
    if (!paced.current || !streaming) {
      // Finished (or never paced): everything is shown; the next stream starts from here.
      paced.current = false;
      if (shownRef.current !== text.length) {
        shownRef.current = text.length;
        setShown(text.length);
      }
      return undefined;
    }
    // Text shrank (edited, replaced): never show more than there is.
    if (shownRef.current > text.length) setShown(text.length);
    if (shownRef.current >= text.length) return undefined;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      const share = revealShare(now - last);
      last = now;
      const target = textRef.current;
      const backlog = target.length - shownRef.current;
      if (backlog <= 0) return;
      const next = revealBoundary(target, shownRef.current + Math.max(1, Math.ceil(backlog * share)));
      shownRef.current = next;
      setShown(next);
      if (next < target.length) cancel = streamingFrameScheduler(tick);
    };
    let cancel = streamingFrameScheduler(tick);
    return () => cancel();
  }, [active, text, streaming]);

  if (!active || !paced.current || !streaming) return text;
  return text.slice(0, Math.min(shown, text.length));
}
