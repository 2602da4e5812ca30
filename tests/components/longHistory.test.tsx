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
});
