import { act, render, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { revealBoundary } from '../../src/components/ChatItem/revealBoundary';
import { useSmoothText } from '../../src/components/ChatItem/useSmoothText';
import { MessageParts } from '../../src/components/MessageParts/MessageParts';
import { createMessage } from '../../src/core/message';
import type { MessagePart } from '../../src/core/parts';
import { getLocaleStrings } from '../../src/locale';

let queue: FrameRequestCallback[] = [];
/** Frame timestamps, a 60 Hz frame apart and well ahead of any the pacer saw before. */
let clock = 0;
beforeEach(() => {
  queue = [];
  clock = performance.now() + 1e6;
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
    queue.push(cb);
    return queue.length;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** Runs one animation frame; returns false when nothing was scheduled. */
function frame(): boolean {
  const run = queue;
  queue = [];
  clock += 1000 / 60;
  act(() => run.forEach((cb) => cb(clock)));
  return run.length > 0;
}

function framesUntil(done: () => boolean, limit = 200): number {
  let n = 0;
  while (!done() && n < limit) {
    frame();
    n += 1;
  }
  return n;
}

const hasLoneSurrogate = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('useSmoothText', () => {
  it('reveals a burst gradually, never all at once, and keeps up: a 5,000-character burst within ~0.5 s of frames', () => {
    const { result, rerender } = renderHook(({ text, streaming }) => useSmoothText(text, streaming, true), {
      initialProps: { text: '', streaming: true },
    });
    const burst = 'word '.repeat(1000);
    rerender({ text: burst, streaming: true });
    expect(result.current).toBe('');
    frame();
    const first = result.current.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(burst.length);
    // Each frame shows a share of what waits: 95% is on screen within 24 frames (~400 ms at 60 Hz).
    const frames = framesUntil(() => result.current.length >= burst.length * 0.95);
    expect(frames).toBeLessThanOrEqual(24);
    // Words are not cut in half.
    expect(result.current.endsWith('word ') || result.current.endsWith('word')).toBe(true);
  });

  it('keeps its pace in time when frames are skipped: a frame 50 ms after the last shows three frames’ worth', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const reveal = (gapMs: number) => {
      const { result, rerender } = renderHook(({ text }) => useSmoothText(text, true, true), { initialProps: { text: '' } });
      const burst = '字'.repeat(8000);
      rerender({ text: burst });
      now += gapMs;
      frame();
      return result.current.length;
    };
    // 1/8 of the backlog per 60 Hz frame: 1,000 of 8,000 after one frame; 1 - (7/8)^3 after three.
    expect(reveal(1000 / 60)).toBe(1000);
    expect(reveal(50)).toBe(Math.ceil(8000 * (1 - (7 / 8) ** 3)));
    // A frame sooner than that (a test's clock, a faster display) still shows one frame's share.
    expect(reveal(2)).toBe(1000);
  });

  it('shows what is left at once when the stream ends (no frame to wait for)', () => {
    const { result, rerender } = renderHook(({ text, streaming }) => useSmoothText(text, streaming, true), {
      initialProps: { text: '', streaming: true },
    });
    const text = '字'.repeat(3000);
    rerender({ text, streaming: true });
    frame();
    expect(result.current.length).toBeLessThan(text.length);
    rerender({ text, streaming: false });
    expect(result.current).toBe(text);
    // A next reply into the same row is paced again from where this one ended.
    rerender({ text: `${text}${'再'.repeat(800)}`, streaming: true });
    expect(result.current).toBe(text);
    frame();
    expect(result.current.length).toBeGreaterThan(text.length);
  });

  it('never splits a surrogate pair, combining mark or emoji sequence', () => {
    const text = '👩‍👩‍👧‍👦 café e\u0301 🇨🇳🇯🇵 👍🏽 中文'.repeat(40);
    const { result, rerender } = renderHook(({ t, streaming }) => useSmoothText(t, streaming, true), {
      initialProps: { t: '', streaming: true },
    });
    rerender({ t: text, streaming: true });
    const seen: string[] = [];
    for (let i = 0; i < 200 && result.current !== text; i += 1) {
      frame();
      seen.push(result.current);
      if (i === 100) rerender({ t: text, streaming: false });
    }
    expect(result.current).toBe(text);
    for (const shown of seen) {
      expect(hasLoneSurrogate(shown)).toBe(false);
      expect(shown.endsWith('\u200d')).toBe(false);
      expect(/e$/.test(shown) && text[shown.length] === '\u0301').toBe(false);
    }
  });

  it('shows history and edits at once, and is off when disabled or under reduced motion', () => {
    const history = renderHook(() => useSmoothText('already complete', false, true));
    expect(history.result.current).toBe('already complete');

    const edited = renderHook(({ t }) => useSmoothText(t, false, true), { initialProps: { t: 'before' } });
    edited.rerender({ t: 'before, and an edit' });
    expect(edited.result.current).toBe('before, and an edit');

    const off = renderHook(({ t }) => useSmoothText(t, true, false), { initialProps: { t: '' } });
    off.rerender({ t: 'x'.repeat(500) });
    expect(off.result.current).toHaveLength(500);

    const matchMedia = vi
      .spyOn(window, 'matchMedia')
      .mockImplementation((query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList);
    const reduced = renderHook(({ t }) => useSmoothText(t, true, true), { initialProps: { t: '' } });
    reduced.rerender({ t: 'y'.repeat(500) });
    expect(reduced.result.current).toHaveLength(500);
    matchMedia.mockRestore();
  });
});

describe('revealBoundary', () => {
  it('moves past the second half of a surrogate pair and past combining marks', () => {
    expect(revealBoundary('a🙂b', 2)).toBe(3);
    expect(revealBoundary('cafe\u0301!', 4)).toBe(5);
  });
  it('finishes a short latin word but cuts CJK anywhere', () => {
    expect(revealBoundary('hello world', 2)).toBe(5);
    expect(revealBoundary('你好世界', 2)).toBe(2);
  });
  it('keeps ZWJ sequences and skin tones together', () => {
    const family = '👩‍👧';
    expect(revealBoundary(`${family}x`, 2)).toBe(family.length);
    expect(revealBoundary('👍🏽x', 2)).toBe(4);
  });

  it('in a reply made of parts, the text being written is revealed at the same pace; finished parts show whole', () => {
    const message = createMessage({ id: 'r', role: 'assistant', content: '' });
    const burst = 'word '.repeat(1000);
    const parts = (text: string): MessagePart[] => [
      { type: 'text', text: 'Checked the forecast.' },
      { type: 'tool-call', toolCallId: 'c', toolName: 'get_weather', input: {}, inputText: '{}', state: 'input-available' },
      { type: 'text', text },
    ];
    const view = (text: string, streaming: boolean, smoothOutput = true) => (
      <MessageParts
        message={message}
        parts={parts(text)}
        streaming={streaming}
        locale={getLocaleStrings('en-US')}
        smoothOutput={smoothOutput}
      />
    );
    const { container, rerender } = render(view('', true));
    rerender(view(burst, true));
    frame();
    const written = () => (container.textContent ?? '').split('word').length - 1;
    // The first, finished text part is whole; the one being written is not, after one frame.
    expect(container.textContent).toContain('Checked the forecast.');
    expect(written()).toBeGreaterThan(0);
    expect(written()).toBeLessThan(1000);
    framesUntil(() => written() >= 1000);
    expect(written()).toBe(1000);
    // Off: the burst shows at once.
    const off = render(view(burst, true, false));
    expect((off.container.textContent ?? '').split('word').length - 1).toBe(1000);
  });
});
