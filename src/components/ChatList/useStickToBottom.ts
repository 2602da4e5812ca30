'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

const THRESHOLD_PX = 32;

/**
 * Keeps a scroll container pinned to its bottom while content grows, as long as the user is there.
 * Scrolling up releases it at once; scrolling back to the bottom re-attaches.
 */
export function useStickToBottom<T extends HTMLElement, C extends HTMLElement>() {
  const scrollRef = useRef<T>(null);
  const contentRef = useRef<C>(null);
  const pinned = useRef(true);
  const [atBottom, setAtBottom] = useState(true);

  const scrollToBottom = useCallback((behavior: ScrollBehavior = 'auto') => {
    const element = scrollRef.current;
    if (!element) return;
    pinned.current = true;
    setAtBottom(true);
    if (typeof element.scrollTo === 'function') element.scrollTo({ top: element.scrollHeight, behavior });
    else element.scrollTop = element.scrollHeight;
  }, []);

  useEffect(() => {
    const element = scrollRef.current;
    const content = contentRef.current;
    if (!element) return undefined;
    let lastTop = element.scrollTop;
    const onScroll = () => {
      const distance = element.scrollHeight - element.scrollTop - element.clientHeight;
      const movedUp = element.scrollTop < lastTop;
      lastTop = element.scrollTop;
      if (movedUp && distance > 1) pinned.current = false;
      else if (distance <= THRESHOLD_PX) pinned.current = true;
      setAtBottom(distance <= THRESHOLD_PX);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    let observer: ResizeObserver | undefined;
    if (content && typeof ResizeObserver === 'function') {
      observer = new ResizeObserver(() => {
        if (pinned.current) {
          element.scrollTop = element.scrollHeight;
          lastTop = element.scrollTop;
        }
      });
      observer.observe(content);
      observer.observe(element);
    }
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, []);

  return { scrollRef, contentRef, atBottom, scrollToBottom };
}
