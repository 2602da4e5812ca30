import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createFramePacer } from '../../src/core/framePacer';

/**
 * The test owns the clock and the frames: `frame(t)` runs the animation frame stamped `t`, with
 * `performance.now()` at `t`; `work(ms)` is time spent rendering inside it; `paint()` runs the
 * task the pacer posted from the frame (it runs once the frame is painted).
 */
let queue: FrameRequestCallback[] = [];
let now = 0;
beforeEach(() => {
  queue = [];
  now = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => queue.push(cb));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((handle) => {
    queue[handle - 1] = () => undefined;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function frame(t: number): void {
  now = t;
  const run = queue;
  queue = [];
  run.forEach((cb) => cb(t));
}
const work = (ms: number) => {
  now += ms;
};
const paint = () => vi.advanceTimersByTime(0);

/** Schedules `callback` again each time it runs, and records the frame times it ran in. */
function keepScheduling(schedule: ReturnType<typeof createFramePacer>, cost: number | (() => number)) {
  const ran: number[] = [];
  const callback = () => {
    ran.push(now);
    work(typeof cost === 'number' ? cost : cost());
    schedule(callback);
  };
  schedule(callback);
  return ran;
}

/** Runs 60 Hz frames from `from` for `ms`, painting after each. */
function runFrames(from: number, ms: number): void {
  for (let t = from; t < from + ms; t += 1000 / 60) {
    frame(Math.round(t * 10) / 10);
    paint();
  }
}

describe('createFramePacer', () => {
  it('with minIntervalMs 30, cheap frames run on every other 60 Hz frame (about 30 a second); without it, on every frame', () => {
    const capped = keepScheduling(createFramePacer({ minIntervalMs: 30 }), 1);
    runFrames(1000, 1000);
    expect(capped.length).toBeGreaterThanOrEqual(29);
    expect(capped.length).toBeLessThanOrEqual(31);
    queue = [];
    const every = keepScheduling(createFramePacer(), 1);
    runFrames(3000, 1000);
    expect(every.length).toBeGreaterThanOrEqual(59);
  });

  it("the page's streaming pacer redraws at most about 30 times a second", async () => {
    const { streamingFrameScheduler } = await import('../../src/core/framePacer');
    const ran = keepScheduling(streamingFrameScheduler, 1);
    runFrames(5000, 1000);
    expect(ran.length).toBeLessThanOrEqual(31);
    expect(ran.length).toBeGreaterThanOrEqual(29);
  });

  it('says it is overloaded while it holds heavy frames back, and not once frames are cheap or have stopped', () => {
    const pacer = createFramePacer();
    let cost = 2;
    keepScheduling(pacer, () => cost);
    runFrames(1000, 200);
    expect(pacer.overloaded()).toBe(false);
    cost = 30;
    runFrames(1200, 200);
    expect(pacer.overloaded()).toBe(true);
    cost = 2;
    runFrames(1400, 300);
    expect(pacer.overloaded()).toBe(false);
    cost = 30;
    runFrames(1700, 200);
    expect(pacer.overloaded()).toBe(true);
    // The stream ends: no more paced frames, and the overload is forgotten a quarter second on.
    now += 100;
    expect(pacer.overloaded()).toBe(true);
    now += 200;
    expect(pacer.overloaded()).toBe(false);
  });

  it('uses every frame while frames are cheap', () => {
    const ran = keepScheduling(createFramePacer(), 2);
    runFrames(1000, 500);
    expect(ran).toHaveLength(30);
  });

  it('skips frames when they are heavy: a 30 ms frame holds the next update back 90 ms (a third of the thread)', () => {
    const ran = keepScheduling(createFramePacer(), 30);
    runFrames(1000, 1000);
    const gaps = ran.slice(1).map((t, i) => t - ran[i]);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(89);
    for (const gap of gaps) expect(gap).toBeLessThan(90 + 1000 / 60);
    // Rendering took about a third of the time, not all of it.
    expect(ran.length * 30).toBeLessThanOrEqual(1000 / 3 + 30);
    expect(ran.length).toBeGreaterThanOrEqual(9);
  });

  it('waits at most maxIntervalMs however heavy the frames, and follows the share it is given', () => {
    const heavy = keepScheduling(createFramePacer({ maxIntervalMs: 100 }), 80);
    runFrames(1000, 1000);
    const gaps = heavy.slice(1).map((t, i) => t - heavy[i]);
    for (const gap of gaps) expect(gap).toBeLessThan(100 + 1000 / 60);

    queue = [];
    const half = keepScheduling(createFramePacer({ share: 0.5 }), 20);
    runFrames(5000, 1000);
    const halfGaps = half.slice(1).map((t, i) => t - half[i]);
    for (const gap of halfGaps) expect(gap).toBeGreaterThanOrEqual(39);
    for (const gap of halfGaps) expect(gap).toBeLessThan(40 + 1000 / 60);
  });

  it('measures until the frame is painted: renders caused after the callback count', () => {
    const schedule = createFramePacer();
    const ran: number[] = [];
    const callback = () => {
      ran.push(now);
      schedule(callback);
    };
    schedule(callback);
    for (let t = 1000; t < 2000; t += 1000 / 60) {
      frame(t);
      work(40); // the render the callback's write caused, style, layout, paint
      paint();
    }
    const gaps = ran.slice(1).map((t, i) => t - ran[i]);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(99);
  });

  it('goes back to every frame when frames get cheap again', () => {
    let cost = 30;
    const ran = keepScheduling(createFramePacer(), () => cost);
    runFrames(1000, 500);
    const heavy = ran.length;
    cost = 1;
    runFrames(1500, 500);
    expect(heavy).toBeLessThanOrEqual(7);
    expect(ran.length - heavy).toBeGreaterThanOrEqual(28);
  });

  it('is not stalled by a clock that does not advance, or by one far behind', () => {
    const schedule = createFramePacer();
    const ran: number[] = [];
    schedule(() => {
      ran.push(now);
      work(60);
    });
    frame(1000);
    paint();
    const stuck = vi.fn();
    schedule(stuck);
    for (let i = 0; i < 6; i += 1) frame(1000);
    expect(stuck).not.toHaveBeenCalled();
    for (let i = 0; i < 2; i += 1) frame(1000);
    expect(stuck).toHaveBeenCalledTimes(1);

    const behind = vi.fn();
    schedule(behind);
    frame(5);
    expect(behind).toHaveBeenCalledTimes(1);
  });

  it('cancels a callback, also one that is being held back', () => {
    const schedule = createFramePacer();
    const first = vi.fn(() => work(50));
    schedule(first);
    frame(1000);
    paint();
    const held = vi.fn();
    const cancel = schedule(held);
    frame(1017);
    cancel();
    runFrames(1034, 500);
    expect(held).not.toHaveBeenCalled();
  });

  it('runs every due callback in one animation-frame callback, in order; one that throws does not stop the rest', () => {
    const schedule = createFramePacer();
    const order: string[] = [];
    schedule(() => order.push('store write'));
    schedule(() => {
      throw new Error('broken callback');
    });
    schedule(() => order.push('reveal'));
    // One frame request for all three: their renders are batched after that one callback.
    expect(queue).toHaveLength(1);
    frame(1000);
    expect(order).toEqual(['store write', 'reveal']);
    expect(() => vi.advanceTimersByTime(0)).toThrow('broken callback');
  });

  it('runs callbacks on a timer where there is no requestAnimationFrame', () => {
    const raf = window.requestAnimationFrame;
    // @ts-expect-error: a page without animation frames (a worker, a server)
    delete window.requestAnimationFrame;
    try {
      const callback = vi.fn();
      createFramePacer()(callback);
      vi.advanceTimersByTime(16);
      expect(callback).toHaveBeenCalledTimes(1);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });
});
