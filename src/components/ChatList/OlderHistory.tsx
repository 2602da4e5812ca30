'use client';

import { LoadingOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { createStyles } from 'antd-style';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

import type { ChatMessage, StoredChatMessage } from '../../core/message';
import type { ProChatLocaleStrings } from '../../locale';
import { useChatContext, useChatStore } from '../../store/react';
import { useIsomorphicLayoutEffect } from '../../ui/useIsomorphicLayoutEffect';

/**
 * Loads the messages before `before` (the oldest one shown), oldest first. An empty list means
 * there are no more.
 */
export type LoadMoreHistory = (options: { before: StoredChatMessage | undefined }) => Promise<readonly ChatMessage[]>;

const useStyles = createStyles(({ token, css }) => ({
  row: css`
    display: flex;
    align-items: center;
    justify-content: center;
    gap: ${token.marginXS}px;
    min-height: 32px;
    padding: ${token.paddingXS}px;
    color: ${token.colorTextTertiary};
    font-size: ${token.fontSizeSM}px;
  `,
  error: css`
    color: ${token.colorError};
  `,
}));

type State = 'idle' | 'loading' | 'error' | 'end';

/**
 * The top of the list when older history loads on demand: when the user scrolls up to it (or the
 * history does not fill the list), it asks `load` for the messages before the oldest one and puts
 * them above without moving what the user is reading. A spinner while they load, the error and
 * Retry when they fail; nothing once the source has no more.
 */
export function OlderHistory({
  load,
  scrollRef,
  strings,
}: {
  load: LoadMoreHistory;
  scrollRef: RefObject<HTMLElement | null>;
  strings: ProChatLocaleStrings;
}) {
  const { styles, cx } = useStyles();
  const { store } = useChatContext();
  const count = useChatStore((state) => state.messages.length);
  const [state, setState] = useState<State>('idle');
  const [error, setError] = useState('');
  const sentinel = useRef<HTMLDivElement>(null);
  const running = useRef(false);
  // The distance from the bottom to keep while older messages go in above.
  const keep = useRef<number | null>(null);
  // The list opens at the bottom: only a scroll up by the user (or a history too short to
  // scroll) asks for more, never the moment before the list first reaches the bottom.
  const scrolledUp = useRef(false);

  const loadOlder = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setState('loading');
    try {
      const older = await load({ before: store.getState().messages[0] });
      if (!older.length) {
        setState('end');
        return;
      }
      const scroller = scrollRef.current;
      keep.current = scroller ? scroller.scrollHeight - scroller.scrollTop : null;
      store.getState().prependMessages(older);
      setState('idle');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setState('error');
    } finally {
      running.current = false;
    }
  }, [load, store, scrollRef]);

  useIsomorphicLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (keep.current === null || !scroller) return;
    scroller.scrollTop = scroller.scrollHeight - keep.current;
    keep.current = null;
  }, [count, scrollRef]);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return undefined;
    let lastTop = scroller.scrollTop;
    const onScroll = () => {
      if (scroller.scrollTop < lastTop) scrolledUp.current = true;
      lastTop = scroller.scrollTop;
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => scroller.removeEventListener('scroll', onScroll);
  }, [scrollRef]);

  // Observed afresh after every load, so a top still in view asks for the next page.
  useEffect(() => {
    const target = sentinel.current;
    const root = scrollRef.current;
    if (!target || !root || state !== 'idle' || typeof IntersectionObserver !== 'function') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const fits = root.scrollHeight <= root.clientHeight + 1;
        if (entries.some((entry) => entry.isIntersecting) && (fits || scrolledUp.current)) void loadOlder();
      },
      { root, rootMargin: '200px 0px 0px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [state, count, loadOlder, scrollRef]);

  if (state === 'end') return null;
  return (
    <div ref={sentinel} className={styles.row} data-part="older-history" data-state={state}>
      {state === 'loading' && (
        <span role="status">
          <LoadingOutlined aria-hidden /> {strings.loadingOlder}
        </span>
      )}
      {state === 'error' && (
        <>
          <span role="alert" className={cx(styles.error)}>
            {strings.olderFailed}
            {error ? `: ${error}` : ''}
          </span>
          <Button size="small" onClick={() => void loadOlder()}>
            {strings.retry}
          </Button>
        </>
      )}
    </div>
  );
}
