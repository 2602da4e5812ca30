import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createMessage, ProChat, type ProChatInstance, type StoredChatMessage } from '../../src';

/** A controllable IntersectionObserver: the test says which elements come near the viewport. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.targets.add(element);
  }
  unobserve(element: Element) {
    this.targets.delete(element);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  reveal(elements: Element[]) {
    const entries = elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
  /** The elements are far from the viewport, each `height` px tall. */
  away(elements: Element[], height: number) {
    const entries = elements.map((target) => {
      Object.defineProperty(target, 'offsetHeight', { configurable: true, value: height });
      return { target, isIntersecting: false, boundingClientRect: { height } as DOMRectReadOnly } as IntersectionObserverEntry;
    });
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function history(count: number): StoredChatMessage[] {
  return Array.from({ length: count }, (_, i) =>
    createMessage({
      id: `m${i}`,
      role: i % 2 ? 'assistant' : 'user',
      content: i % 2 ? `**Answer** number ${i}` : `Question number ${i}`,
      createdAt: i,
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.instances = [];
});

describe('long histories', () => {
  it('mounts the newest rows in full and older ones as plain text that becomes full near the viewport', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const ref = { current: undefined as ProChatInstance | undefined };
    const { container } = render(<ProChat chatRef={ref} initialChats={history(300)} request={() => 'ok'} smoothOutput={false} />);
    const full = () => container.querySelectorAll('[data-role]');
    const plain = () => container.querySelectorAll('[data-lazy-row]');
    expect(full()).toHaveLength(40);
    expect(plain()).toHaveLength(260);
    // Older messages are still there to read and search, as text.
    expect(screen.getByText('Question number 0')).toBeInTheDocument();
    expect(screen.getByText('**Answer** number 1')).toBeInTheDocument();
    // The newest ones are rendered markdown.
    expect(container.querySelector('[data-message-id="m299"] strong')?.textContent).toBe('Answer');

    const observer = FakeObserver.instances[0];
    expect(observer.options.root).toBe(screen.getByRole('log'));
    expect(observer.targets.size).toBe(260);
    const near = [...plain()].slice(-3);
    act(() => observer.reveal(near));
    expect(full()).toHaveLength(43);
    expect(plain()).toHaveLength(257);
    expect(container.querySelector('[data-message-id="m259"] strong')?.textContent).toBe('Answer');
    // A revealed row stays full and is no longer observed.
    expect(observer.targets.size).toBe(257);

    // New turns never turn full rows back into plain ones.
    act(() => {
      ref.current!.pushChat({ role: 'user', content: 'one more' });
      ref.current!.pushChat({ role: 'assistant', content: 'and another' });
    });
    expect(full()).toHaveLength(45);
    expect(container.querySelector('[data-message-id="m261"] strong')?.textContent).toBe('Answer');
  });

  it('renders every row in full where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { container } = render(<ProChat initialChats={history(45)} request={() => 'ok'} />);
    expect(container.querySelectorAll('[data-role]')).toHaveLength(45);
    expect(container.querySelectorAll('[data-lazy-row]')).toHaveLength(0);
  });

  it('chunks far from the view leave the DOM as blocks of their height and come back near it; rows never remount when others are deleted', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const ref = { current: undefined as ProChatInstance | undefined };
    const { container } = render(<ProChat chatRef={ref} initialChats={history(300)} request={() => 'ok'} smoothOutput={false} />);
    const chunkObserver = FakeObserver.instances.find((o) => o.options.rootMargin === '2400px 0px')!;
    const chunk = (key: number) => container.querySelector<HTMLElement>(`[data-chunk="${key}"]`)!;
    expect(container.querySelectorAll('[data-chunk]')).toHaveLength(12);
    const boundary = container.querySelector('[data-row-id="m250"]');

    // Chunks 0-11 hold 25 rows each; the newest 40 rows (chunks 10 and 11) always stay.
    act(() => chunkObserver.away([0, 1, 2, 3, 10, 11].map(chunk), 480));
    for (const key of [0, 1, 2, 3]) {
      expect(chunk(key).childElementCount).toBe(0);
      expect(chunk(key).style.height).toBe('480px');
    }
    expect(chunk(10).childElementCount).toBe(25);
    expect(chunk(11).childElementCount).toBe(25);
    expect(container.querySelector('[data-row-id="m0"]')).toBeNull();
    expect(container.querySelector('[data-row-id="m100"]')).not.toBeNull();

    // Scrolled back near: the rows are there again.
    act(() => chunkObserver.reveal([chunk(2)]));
    expect(chunk(2).childElementCount).toBe(25);
    expect(container.querySelector('[data-row-id="m50"]')).not.toBeNull();

    // A chunk holding the focus (an edit being typed) stays.
    const row = container.querySelector<HTMLElement>('[data-row-id="m130"]')!;
    row.tabIndex = -1;
    row.focus();
    act(() => chunkObserver.away([chunk(5)], 480));
    expect(chunk(5).childElementCount).toBe(25);

    // Deleting older messages moves no row to another parent (m250 opened chunk 10 and stays in it): the same element.
    act(() => {
      ref.current!.deleteMessage('m120');
      ref.current!.deleteMessage('m30');
    });
    expect(container.querySelector('[data-row-id="m250"]')).toBe(boundary);
    // A collapsed chunk that lost a row is no longer the height it was measured at: it comes back.
    expect(chunk(1).childElementCount).toBe(24);
    expect(chunk(0).childElementCount).toBe(0);
  });
});
