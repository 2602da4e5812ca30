'use client';

import { Skeleton } from 'antd';
import { createStyles } from 'antd-style';
import { memo, useEffect, useRef, type CSSProperties, type ReactNode, type UIEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';

import { getLocaleStrings, type ProChatLocaleStrings } from '../../locale';
import { useChatContext, useChatStore } from '../../store/react';
import { selectIsGenerating, selectMessageById, selectMessageIds } from '../../store/selectors';
import { BackBottom, type BackBottomProps } from '../../ui/BackBottom';
import { useIsomorphicLayoutEffect } from '../../ui/useIsomorphicLayoutEffect';
import { ChatRow, type ChatRowOptions } from './ChatRow';
import { FollowUps, type FollowUpSuggestions } from './FollowUps';
import { OlderHistory, type LoadMoreHistory } from './OlderHistory';
import { skipWhenOffscreen } from './skipWhenOffscreen';
import { useStickToBottom } from './useStickToBottom';
import { useCollapsedChunks, useRevealedRows, useRowGroups } from './useRowWindowing';

export type { ChatListItemProps } from './ChatRow';

const useStyles = createStyles(({ token, css }) => ({
  wrap: css`
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    display: flex;
    flex-direction: column;
  `,
  scroller: css`
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  `,
  followUps: css`
    padding: 0 ${token.padding}px ${token.paddingSM}px;
    /* Under the reply's bubble, past the 32 px avatar. */
    padding-inline-start: calc(${token.padding}px + 32px + ${token.marginSM}px);
  `,
  content: css`
    /* Block layout, not a flex column: a growing last row then costs no layout for the rows above. */
    display: flow-root;
    padding: ${token.paddingSM}px 0;
  `,
  skeleton: css`
    padding: ${token.padding}px;
  `,
  lazyRow: css`
    padding-block: ${token.paddingSM}px;
    padding-inline: 56px ${token.padding}px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    color: ${token.colorText};
    line-height: ${token.lineHeight};
  `,
  lazyRowUser: css`
    text-align: end;
    padding-inline: ${token.padding}px 56px;
  `,
}));

/**
 * How many of the newest rows always render in full. Older rows first render as plain text (cheap:
 * no markdown, no actions), readable and searchable, and become full rows as they come near the
 * viewport; they then stay full. A 1,000-message history mounts about as fast as 40.
 */
const EAGER_ROWS = 40;

/** An older message as plain text until it nears the viewport. */
const LazyRow = memo(function LazyRow({
  id,
  observe,
  sheet: { styles, cx },
}: {
  id: string;
  observe: (element: Element, id: string) => () => void;
  /** The list's styles: built once for all its rows (a style hook per row costs about 1 ms each). */
  sheet: ReturnType<typeof useStyles>;
}) {
  const message = useChatStore((state) => selectMessageById(state, id));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => (ref.current ? observe(ref.current, id) : undefined), [observe, id]);
  if (!message) return null;
  return (
    <div ref={ref} className={cx(styles.lazyRow, message.role === 'user' && styles.lazyRowUser)} data-lazy-row={message.id}>
      {message.content}
    </div>
  );
});

/**
 * A row rendered in full. Unless it is the reply being written, the browser skips it while it is
 * off screen (see skipWhenOffscreen): with a long history, the rows above a streaming reply then
 * cost nothing per frame.
 */
function FullRow({ id, changing, children }: { id: string; changing: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => (ref.current && !changing ? skipWhenOffscreen(ref.current) : undefined), [changing]);
  return (
    <div ref={ref} data-row-id={id}>
      {children}
    </div>
  );
}

/** A group of rows in the DOM, or, far from the viewport, an empty block of the same height. */
const Chunk = memo(function Chunk({
  index,
  rows,
  collapsible,
  height,
  observe,
  children,
}: {
  index: number;
  rows: string;
  collapsible: boolean;
  height: number | undefined;
  observe: (element: Element, index: number, rows: string, collapsible: boolean) => () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const away = height !== undefined;
  useEffect(() => (ref.current ? observe(ref.current, index, rows, collapsible) : undefined), [observe, index, rows, collapsible, away]);
  return away ? (
    <div ref={ref} data-chunk={index} style={{ height }} />
  ) : (
    <div ref={ref} data-chunk={index} style={{ display: 'flow-root' }}>
      {children}
    </div>
  );
});

export interface ChatListProps extends ChatRowOptions {
  locale?: ProChatLocaleStrings;
  /** Shown when there are no messages. */
  empty?: ReactNode;
  /** Show a skeleton instead of the messages (history still loading). */
  loading?: boolean;
  backToBottomConfig?: Omit<BackBottomProps, 'onClick' | 'visible'>;
  onScroll?: (event: UIEvent<HTMLDivElement>) => void;
  /**
   * Older history on demand: called with the oldest message shown when the user scrolls to the
   * top; resolves to the messages before it (oldest first), or to none when there are no more.
   */
  loadMoreHistory?: LoadMoreHistory;
  /**
   * Follow-up suggestions under the last reply once it is done: a list, or a function of the
   * conversation called after each reply. A reply's `data-suggestions` part wins. A click sends it.
   */
  suggestions?: FollowUpSuggestions;
  className?: string;
  style?: CSSProperties;
}

/**
 * The scrolling message list. Unlike the other building blocks it does not take the messages as
 * props: it reads the chat store from the nearest ProChatProvider (or `<ProChat>`), renders one
 * `ChatItem` per message, runs the built-in actions (copy, edit, regenerate, delete) on that store
 * and sticks to the bottom while a reply streams. Throws when rendered outside a provider.
 */
export function ChatList({
  locale,
  empty,
  loading,
  backToBottomConfig,
  onScroll,
  loadMoreHistory,
  suggestions,
  className,
  style,
  ...rowProps
}: ChatListProps) {
  const sheet = useStyles();
  const { styles, cx } = sheet;
  const strings = locale ?? getLocaleStrings(undefined);
  const context = useChatContext();
  const ids = useChatStore(useShallow(selectMessageIds));
  const streaming = useChatStore(selectIsGenerating);
  const { scrollRef, contentRef, atBottom, scrollToBottom } = useStickToBottom<HTMLDivElement, HTMLDivElement>();
  const lazy = useRevealedRows(scrollRef);
  const chunks = useCollapsedChunks(scrollRef);
  const groups = useRowGroups(ids);
  const loadingId = useChatStore((state) => state.loadingId);
  const everFull = useRef(new Set<string>());

  useIsomorphicLayoutEffect(() => {
    context.scrollHandle.current = scrollToBottom;
    return () => {
      if (context.scrollHandle.current === scrollToBottom) context.scrollHandle.current = null;
    };
  }, [context, scrollToBottom]);

  let body: ReactNode;
  if (loading) {
    body = (
      <div className={styles.skeleton} role="status" aria-label={strings.loadingHistory}>
        <Skeleton active avatar paragraph={{ rows: 2 }} />
        <Skeleton active avatar paragraph={{ rows: 3 }} />
      </div>
    );
  } else if (ids.length === 0) {
    body = empty;
  } else {
    const eagerFrom = ids.length - EAGER_ROWS;
    const full = everFull.current;
    const row = (id: string, index: number) => {
      // A row once rendered in full stays full (its edit draft and panel state live there).
      const isFull = index >= eagerFrom || lazy.revealed.has(id) || full.has(id);
      if (isFull) full.add(id);
      return isFull ? (
        <FullRow key={id} id={id} changing={id === loadingId}>
          <ChatRow id={id} strings={strings} {...rowProps} />
        </FullRow>
      ) : (
        <div key={id} data-row-id={id}>
          <LazyRow id={id} observe={lazy.observe} sheet={sheet} />
        </div>
      );
    };
    // Only chunks wholly older than the newest rows, and not holding the reply being written, may
    // leave the DOM.
    let start = 0;
    body = groups.map(({ key, ids: members }) => {
      const first = start;
      start += members.length;
      const rows = `${members[0]}|${members[members.length - 1]}|${members.length}`;
      const collapsible = start <= eagerFrom && (loadingId === null || !members.includes(loadingId));
      const away = chunks.collapsed.get(key);
      return (
        <Chunk
          key={key}
          index={key}
          rows={rows}
          collapsible={collapsible}
          height={collapsible && away?.rows === rows ? away.height : undefined}
          observe={chunks.observe}
        >
          {members.map((id, offset) => row(id, first + offset))}
        </Chunk>
      );
    });
  }

  return (
    <div className={cx(styles.wrap, className)} style={style}>
      <div
        ref={scrollRef}
        className={styles.scroller}
        role="log"
        aria-label={strings.messageList}
        aria-busy={streaming}
        // Replies are announced once by ProChat's status region, not token by token.
        aria-live="off"
        onScroll={onScroll}
        // A scrollable region is focusable, so keyboard users can scroll it (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <div ref={contentRef} className={styles.content}>
          {loadMoreHistory && !loading && ids.length > 0 && <OlderHistory load={loadMoreHistory} scrollRef={scrollRef} strings={strings} />}
          {body}
          {!loading && ids.length > 0 && (
            <FollowUps
              suggestions={suggestions}
              strings={strings}
              className={styles.followUps}
              onPick={(text) => {
                scrollToBottom();
                void context.store.getState().sendMessage(text);
              }}
            />
          )}
        </div>
      </div>
      {!loading && ids.length > 0 && (
        <BackBottom text={strings.backToBottom} {...backToBottomConfig} visible={!atBottom} onClick={() => scrollToBottom('smooth')} />
      )}
    </div>
  );
}
