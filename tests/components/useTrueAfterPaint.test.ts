import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useTrueAfterPaint } from '../../src/components/ChatItem/useTrueAfterPaint';

let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  frames = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((handle) => {
    frames[handle - 1] = () => undefined;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const runFrame = () =>
  act(() => {
    const run = frames;
    frames = [];
    run.forEach((cb) => cb(performance.now()));
  });
const runPaintedTask = () => act(() => vi.advanceTimersByTime(0));

describe('useTrueAfterPaint', () => {
  it('is true at once when true from the start (a history row)', () => {
    const { result } = renderHook(() => useTrueAfterPaint(true));
    expect(result.current).toBe(true);
  });

  it('turns true only after the next frame has been painted, and false at once', () => {
    const { result, rerender } = renderHook(({ value }) => useTrueAfterPaint(value), { initialProps: { value: false } });
    rerender({ value: true });
    expect(result.current).toBe(false);
    runPaintedTask();
    expect(result.current).toBe(false);
    runFrame();
    expect(result.current).toBe(false);
    runPaintedTask();
    expect(result.current).toBe(true);
    rerender({ value: false });
    expect(result.current).toBe(false);
  });

  it('a change back to false before the paint cancels it', () => {
    const { result, rerender } = renderHook(({ value }) => useTrueAfterPaint(value), { initialProps: { value: false } });
    rerender({ value: true });
    rerender({ value: false });
    runFrame();
    runPaintedTask();
    expect(result.current).toBe(false);
  });
});
