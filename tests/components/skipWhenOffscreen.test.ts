import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { skipWhenOffscreen } from '../../src/components/ChatList/skipWhenOffscreen';

/** A row of the given height (jsdom lays nothing out). */
function row(height: number): HTMLElement {
  const element = document.createElement('div');
  element.appendChild(document.createElement('p')).textContent = 'text';
  element.getBoundingClientRect = () => ({ height }) as DOMRect;
  Object.defineProperty(element, 'offsetHeight', { configurable: true, get: () => Math.round(height) });
  document.body.appendChild(element);
  return element;
}

describe('skipWhenOffscreen', () => {
  let idle: Array<() => void>;
  const runIdle = () => {
    const run = idle;
    idle = [];
    for (const callback of run) callback();
  };
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('CSS', { supports: (property: string, value: string) => property === 'content-visibility' && value === 'auto' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.textContent = '';
  });

  it('marks rows skippable when the page is idle, at their exact measured heights, in one batch', () => {
    const a = row(177.21875);
    const b = row(40);
    skipWhenOffscreen(a);
    skipWhenOffscreen(b);
    expect(a.style.getPropertyValue('content-visibility')).toBe('');
    expect(idle).toHaveLength(1);
    runIdle();
    expect(a.style.getPropertyValue('content-visibility')).toBe('auto');
    expect(a.style.getPropertyValue('contain-intrinsic-size')).toBe('auto 177.21875px');
    expect(b.style.getPropertyValue('contain-intrinsic-size')).toBe('auto 40px');
  });

  it('shows a row whose content changes and measures it again; the undo shows it for good', async () => {
    const a = row(100);
    const undo = skipWhenOffscreen(a);
    runIdle();
    expect(a.style.getPropertyValue('content-visibility')).toBe('auto');
    a.getBoundingClientRect = () => ({ height: 260 }) as DOMRect;
    Object.defineProperty(a, 'offsetHeight', { get: () => 260 });
    a.querySelector('p')!.textContent = 'a table, now parsed';
    await Promise.resolve(); // mutation records are delivered in a microtask
    expect(a.style.getPropertyValue('content-visibility')).toBe('');
    runIdle();
    expect(a.style.getPropertyValue('contain-intrinsic-size')).toBe('auto 260px');
    undo();
    expect(a.style.getPropertyValue('content-visibility')).toBe('');
    a.querySelector('p')!.textContent = 'edited again';
    await Promise.resolve();
    expect(idle).toHaveLength(0);
  });

  it('leaves a row the browser reports as shown alone when it changes, and shows a skipped one', async () => {
    const a = row(100);
    skipWhenOffscreen(a);
    runIdle();
    const report = (skipped: boolean) => a.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange'), { skipped }));
    const change = async (text: string) => {
      a.querySelector('p')!.textContent = text;
      await Promise.resolve();
    };
    report(false);
    await change('coloured, step 1');
    // On screen: the browser lays it out and remembers its size; toggling would relayout it all.
    expect(a.style.getPropertyValue('content-visibility')).toBe('auto');
    expect(idle).toHaveLength(0);
    report(true);
    await change('coloured, step 2');
    expect(a.style.getPropertyValue('content-visibility')).toBe('');
    expect(idle).toHaveLength(1);
  });

  it('does nothing where content-visibility is not supported', () => {
    vi.stubGlobal('CSS', { supports: () => false });
    const a = row(100);
    skipWhenOffscreen(a)();
    expect(idle).toHaveLength(0);
    expect(a.style.getPropertyValue('content-visibility')).toBe('');
  });
});
