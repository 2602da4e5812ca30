import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// antd reads these; jsdom lacks them.
if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
}

// jsdom has no layout, so no ResizeObserver; antd's autosize textarea needs one to exist.
if (typeof globalThis.ResizeObserver === 'undefined') {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver = NoLayoutResizeObserver as unknown as typeof ResizeObserver;
}

// The CommonMark parser is a chunk of its own that starts loading when the renderer is imported;
// tests render right away, so they wait for it here (tests/markdown/parserLoading covers the wait).
await import('../src/markdown/Markdown').then((module) => module.loadMarkdownParser());
