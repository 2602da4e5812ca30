/** Schedules `callback` for the next frame and returns a function that cancels it. */
export type FrameScheduler = (callback: () => void) => () => void;

/**
 * requestAnimationFrame where there is one. Elsewhere (Node, workers) a ~60 Hz timer, so batching
 * behaves the same. In a hidden tab rAF pauses: deltas pile up in memory and the final write at the
 * end of the stream still happens, so nothing is lost.
 */
export const animationFrameScheduler: FrameScheduler = (callback) => {
  if (typeof requestAnimationFrame === 'function' && typeof cancelAnimationFrame === 'function') {
    const handle = requestAnimationFrame(() => callback());
    return () => cancelAnimationFrame(handle);
  }
  const handle = setTimeout(callback, 16);
  return () => clearTimeout(handle);
};
