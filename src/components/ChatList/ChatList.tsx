import { DeleteOutlined, EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { createStyles } from 'antd-style';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
  type UIEvent,
} from 'react';
import { useShallow } from 'zustand/react/shallow';

import type { ChatMessageErrorInfo } from '../../core/errors';
import type { StoredChatMessage } from '../../core/message';
import { getLocaleStrings, type ProChatLocaleStrings } from '../../locale';
import { useChatContext, useChatStore } from '../../store/react';
import { selectHasReply, selectIsGenerating, selectMessageById, selectMessageIds } from '../../store/selectors';
import type { MetaData } from '../ChatItem/meta';
import { useIsomorphicLayoutEffect } from '../../ui/useIsomorphicLayoutEffect';
import { ActionIconGroup, type ActionIconItem } from '../../ui/ActionIconGroup';
import { BackBottom, type BackBottomProps } from '../../ui/BackBottom';
import { ChatItem } from '../ChatItem/ChatItem';
import type { ChatItemRenderConfig } from '../ChatItem/types';
import { CopyButton, writeClipboard } from '../../ui/CopyButton';
import type { MarkdownProps } from '../../markdown/Markdown';
import { layoutHeight } from './layoutHeight';
import { skipWhenOffscreen } from './skipWhenOffscreen';
import { useStickToBottom } from './useStickToBottom';

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
  content: css`
    /* Block layout, not a flex column: a growing last row then costs no layout for the rows above. */
    display: flow-root;
    padding: ${token.paddingSM}px 0;
  `,
  skeleton: css`
    padding: ${token.padding}px;
  `,
  lazyRow: css`
    padding: ${token.paddingSM}px ${token.padding}px ${token.paddingSM}px 56px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    color: ${token.colorText};
    line-height: ${token.lineHeight};
  `,
  lazyRowUser: css`
    text-align: right;
    padding: ${token.paddingSM}px 56px ${token.paddingSM}px ${token.padding}px;
  `,
}));

/**
 * How many of the newest rows always render in full. Older rows first render as plain text (cheap:
 * no markdown, no actions), readable and searchable, and become full rows as they come near the
 * viewport; they then stay full. A 1,000-message history mounts about as fast as 40.
 */
const EAGER_ROWS = 40;
/** How far outside the viewport a plain row becomes a full one. */
const REVEAL_MARGIN = '1200px 0px';
/**
 * Rows are grouped in chunks of this many. An older chunk farther than CHUNK_MARGIN from the
 * viewport leaves the DOM, replaced by an empty block of the height it had: a long history then
 * costs the browser nothing per frame while a reply streams (no layout, paint or intersection
 * work for rows nobody sees). It comes back, unchanged, as it nears the viewport again.
 */
const CHUNK_ROWS = 25;
const CHUNK_MARGIN = '2400px 0px';

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

interface ReadingPosition {
  id: string;
  /** The row's top relative to the scroller's top, in px. */
  offset: number;
}

/** The first row showing at the top of the scroller, unless the reader is at the very bottom. */
function readingPosition(scroller: HTMLElement | null): ReadingPosition | null {
  if (!scroller) return null;
  if (scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= 2) return null;
  const top = scroller.getBoundingClientRect().top;
  for (const row of scroller.querySelectorAll<HTMLElement>('[data-row-id]')) {
    const box = row.getBoundingClientRect();
    if (box.bottom > top) return { id: row.dataset.rowId ?? '', offset: box.top - top };
  }
  return null;
}

/**
 * Which older rows have come near the viewport, through one IntersectionObserver on the scroller.
 * Without IntersectionObserver (tests, old browsers) a row is revealed as soon as it mounts. The
 * server renders the same plain rows as the client's first render, so hydration matches.
 */
function useRevealedRows(scrollRef: RefObject<HTMLDivElement | null>) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const observerRef = useRef<IntersectionObserver | null>(null);
  const targets = useRef(new Map<Element, string>());
  const pending = useRef<string[]>([]);
  useEffect(() => {
    if (pending.current.length === 0) return;
    const ids = pending.current;
    pending.current = [];
    setRevealed((previous) => new Set([...previous, ...ids]));
  });
  const anchor = useRef<ReadingPosition | null>(null);
  // Plain rows turning into full ones change height; keep the row the reader was looking at where
  // it was (the browser's own scroll anchoring loses track when the element under it is replaced).
  useIsomorphicLayoutEffect(() => {
    const saved = anchor.current;
    anchor.current = null;
    const scroller = scrollRef.current;
    if (!saved || !scroller) return;
    const row = scroller.querySelector(`[data-row-id="${CSS.escape(saved.id)}"]`);
    if (!row) return;
    const offset = row.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += offset - saved.offset;
  }, [revealed]);
  useEffect(
    () => () => {
      observerRef.current?.disconnect();
      observerRef.current = null;
    },
    [],
  );
  const observe = useCallback(
    (element: Element, id: string) => {
      if (typeof IntersectionObserver !== 'function') {
        // Rows mount together: the list's own effect (after theirs) reveals them in one update.
        pending.current.push(id);
        return () => undefined;
      }
      if (!observerRef.current) {
        observerRef.current = new IntersectionObserver(
          (entries) => {
            const near = entries.filter((entry) => entry.isIntersecting).map((entry) => targets.current.get(entry.target));
            if (near.length === 0) return;
            anchor.current = readingPosition(scrollRef.current);
            setRevealed((previous) => {
              const next = new Set(previous);
              for (const found of near) if (found) next.add(found);
              return next;
            });
          },
          { root: scrollRef.current, rootMargin: REVEAL_MARGIN },
        );
      }
      const observer = observerRef.current;
      targets.current.set(element, id);
      observer.observe(element);
      return () => {
        targets.current.delete(element);
        observer.unobserve(element);
      };
    },
    [scrollRef],
  );
  return { revealed, observe };
}

interface CollapsedChunk {
  height: number;
  /** The chunk's rows when it was measured; if they changed, the height no longer holds. */
  rows: string;
}

/**
 * Which chunks are far enough from the viewport to leave the DOM, each with its measured height,
 * through one IntersectionObserver on the chunks. Without IntersectionObserver (tests, servers)
 * every chunk stays.
 */
function useCollapsedChunks(scrollRef: RefObject<HTMLDivElement | null>) {
  const [collapsed, setCollapsed] = useState<ReadonlyMap<number, CollapsedChunk>>(() => new Map());
  const observerRef = useRef<IntersectionObserver | null>(null);
  const targets = useRef(new Map<Element, { index: number; rows: string; collapsible: boolean }>());
  useEffect(() => {
    const scroller = scrollRef.current;
    let resize: ResizeObserver | undefined;
    if (scroller && typeof ResizeObserver === 'function') {
      // Rows wrap differently at another width: measured heights no longer hold, so every chunk
      // comes back and is measured again when it leaves.
      let width = scroller.clientWidth;
      resize = new ResizeObserver(() => {
        if (scroller.clientWidth === width) return;
        width = scroller.clientWidth;
        setCollapsed((previous) => (previous.size ? new Map() : previous));
      });
      resize.observe(scroller);
    }
    return () => {
      resize?.disconnect();
      observerRef.current?.disconnect();
      observerRef.current = null;
    };
  }, [scrollRef]);
  const observe = useCallback(
    (element: Element, index: number, rows: string, collapsible: boolean) => {
      if (typeof IntersectionObserver !== 'function') return () => undefined;
      if (!observerRef.current) {
        observerRef.current = new IntersectionObserver(
          (entries) => {
            const changes: Array<[number, CollapsedChunk | null]> = [];
            for (const entry of entries) {
              const target = targets.current.get(entry.target);
              if (!target) continue;
              if (entry.isIntersecting) changes.push([target.index, null]);
              // A chunk holding the focus (an edit being typed, say) stays, or the focus would be lost.
              else if (target.collapsible && !entry.target.contains(document.activeElement)) {
                const height = layoutHeight(entry.target as HTMLElement, entry.boundingClientRect.height);
                if (height > 0) changes.push([target.index, { height, rows: target.rows }]);
              }
            }
            if (changes.length === 0) return;
            setCollapsed((previous) => {
              let next: Map<number, CollapsedChunk> | undefined;
              for (const [index, chunk] of changes) {
                const current = previous.get(index);
                if (chunk ? current?.rows === chunk.rows && current.height === chunk.height : !current) continue;
                next ??= new Map(previous);
                if (chunk) next.set(index, chunk);
                else next.delete(index);
              }
              return next ?? previous;
            });
          },
          { root: scrollRef.current, rootMargin: CHUNK_MARGIN },
        );
      }
      const observer = observerRef.current;
      targets.current.set(element, { index, rows, collapsible });
      observer.observe(element);
      return () => {
        targets.current.delete(element);
        observer.unobserve(element);
      };
    },
    [scrollRef],
  );
  return { collapsed, observe };
}

interface RowGroup {
  key: number;
  ids: string[];
}

/**
 * Splits the rows into chunks of about CHUNK_ROWS. A row keeps the chunk it was first given, so it
 * never changes parent (which would remount it) when rows are deleted or inserted before it; a new
 * row joins the chunk of the row before it while that chunk has room.
 */
function useRowGroups(ids: string[]): RowGroup[] {
  const chunkOf = useRef(new Map<string, number>());
  const sizes = useRef(new Map<number, number>());
  const nextKey = useRef(0);
  if (chunkOf.current.size > 2 * ids.length + CHUNK_ROWS) {
    // Many rows are gone (cleared, deleted): forget them.
    const keep = new Set(ids);
    for (const id of chunkOf.current.keys()) if (!keep.has(id)) chunkOf.current.delete(id);
  }
  const groups: RowGroup[] = [];
  const used = new Set<number>();
  for (const id of ids) {
    const previous = groups[groups.length - 1];
    let key = chunkOf.current.get(id);
    // A chunk is one run of rows; a row found apart from its chunk's run starts a new chunk.
    if (key === undefined || (used.has(key) && previous?.key !== key)) {
      key = previous && (sizes.current.get(previous.key) ?? 0) < CHUNK_ROWS ? previous.key : nextKey.current++;
      chunkOf.current.set(id, key);
      sizes.current.set(key, (sizes.current.get(key) ?? 0) + 1);
    }
    if (previous?.key === key) previous.ids.push(id);
    else {
      groups.push({ key, ids: [id] });
      used.add(key);
    }
  }
  return groups;
}

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
  return away ? <div ref={ref} data-chunk={index} style={{ height }} /> : <div ref={ref} data-chunk={index} style={{ display: 'flow-root' }}>{children}</div>;
});

const DEFAULT_ACTIONS: Record<string, string[]> = {
  user: ['edit', 'copy', 'del'],
  assistant: ['copy', 'regenerate', 'edit', 'del'],
  default: ['copy', 'del'],
};

export interface ChatListProps {
  locale?: ProChatLocaleStrings;
  markdownProps?: Omit<MarkdownProps, 'children'>;
  chatItemRenderConfig?: ChatItemRenderConfig;
  userMeta?: MetaData;
  assistantMeta?: MetaData;
  displayMode?: 'chat' | 'docs';
  showTitle?: boolean;
  smoothOutput?: boolean;
  /**
   * After saving an edited user message, regenerate its reply. Default: true, unless
   * `chatItemRenderConfig.actionsCallbacks.onEditFinished` is given (then the app decides, as in pro-chat).
   */
  regenerateOnEdit?: boolean;
  /** Extra content under a message. */
  messageItemExtraRender?: (message: StoredChatMessage, type: 'user' | 'assistant') => ReactNode;
  renderErrorMessages?: (error: ChatMessageErrorInfo & { type?: string | number }, message: StoredChatMessage) => ReactNode;
  /**
   * Return false to skip re-rendering a row whose message changed. Gets the message's fields plus
   * `loading` and `originData` (the message itself), as pro-chat's `itemShouldUpdate` did.
   */
  itemShouldUpdate?: (prev: ChatListItemProps, next: ChatListItemProps) => boolean;
  /** Shown when there are no messages. */
  empty?: ReactNode;
  /** Show a skeleton instead of the messages (history still loading). */
  loading?: boolean;
  backToBottomConfig?: Omit<BackBottomProps, 'onClick' | 'visible'>;
  onScroll?: (event: UIEvent<HTMLDivElement>) => void;
  className?: string;
  style?: CSSProperties;
}

type RowProps = Omit<ChatListProps, 'empty' | 'loading' | 'backToBottomConfig' | 'onScroll' | 'className' | 'style'> & {
  id: string;
  strings: ProChatLocaleStrings;
};

/** What `itemShouldUpdate` compares: a message's fields, whether it is generating, and the message. */
export type ChatListItemProps = StoredChatMessage & { loading: boolean; originData: StoredChatMessage };

/** Keeps the previous message object when `itemShouldUpdate` says the change does not matter. */
function useMessage(id: string, itemShouldUpdate?: ChatListProps['itemShouldUpdate']) {
  const [held] = useState<{ current?: ChatListItemProps }>({});
  return useChatStore((state) => {
    const next = selectMessageById(state, id);
    if (!itemShouldUpdate || !next) return next;
    const prev = held.current;
    const loading = state.loadingId === id;
    if (prev && prev.originData === next && prev.loading === loading) return prev.originData;
    const nextProps: ChatListItemProps = { ...next, loading, originData: next };
    if (prev && !itemShouldUpdate(prev, nextProps)) return prev.originData;
    held.current = nextProps;
    return next;
  });
}

/** Subscribes to one message only, so a streaming reply re-renders its own row and nothing else. */
const ChatRow = memo(function ChatRow({
  id,
  strings,
  markdownProps,
  chatItemRenderConfig: config,
  userMeta,
  assistantMeta,
  displayMode,
  showTitle,
  smoothOutput,
  regenerateOnEdit,
  messageItemExtraRender,
  renderErrorMessages,
  itemShouldUpdate,
}: RowProps) {
  const { store } = useChatContext();
  const message = useMessage(id, itemShouldUpdate);
  const [editing, setEditing] = useState(false);

  const callbacks = config?.actionsCallbacks;
  const remove = useCallback(async () => {
    if (!store.getState().getMessageById(id)) return;
    await callbacks?.beforeDelFinished?.(id);
    const state = store.getState();
    const current = state.getMessageById(id);
    if (!current) return;
    // Deleting a user turn removes the reply that answers it too.
    const replies = current.role === 'user' ? state.messages.filter((m) => m.parentId === id).map((m) => m.id) : [];
    for (const reply of replies) store.getState().deleteMessage(reply);
    store.getState().deleteMessage(id);
  }, [store, id, callbacks]);

  const regenerate = useCallback(async () => {
    const before = store.getState();
    const target = before.getMessageById(id);
    // The new reply takes the old one's place (or follows the user message).
    const index = before.messages.findIndex((m) => m.id === id) + (target?.role === 'user' ? 1 : 0);
    await before.resendMessage(id);
    const reply = store.getState().messages[index];
    callbacks?.onRegenerateFinished?.(id, reply?.status === 'error');
  }, [store, id, callbacks]);

  const saveEdit = useCallback(
    (value: string) => {
      setEditing(false);
      const state = store.getState();
      const current = state.getMessageById(id);
      if (!current || value === current.content) return;
      state.setMessageContent(id, value);
      callbacks?.onEditFinished?.(id, value);
      // By default an edited question is answered again, unless the app took the edit over in
      // onEditFinished (pro-chat apps resend from there themselves).
      const regenerate = regenerateOnEdit ?? !callbacks?.onEditFinished;
      if (current.role === 'user' && regenerate) void state.resendMessage(id);
    },
    [store, id, callbacks, regenerateOnEdit],
  );

  const onAction = useCallback(
    ({ key }: { key: string }) => {
      if (key === 'edit') setEditing(true);
      else if (key === 'regenerate') void regenerate();
      else if (key === 'del') void remove();
      else if (key === 'copy') {
        const text = store.getState().getMessageById(id)?.content ?? '';
        writeClipboard(text).catch(() => undefined);
      }
    },
    [regenerate, remove, store, id],
  );

  const hasReply = useChatStore((state) => message?.role === 'user' && selectHasReply(state, id));

  const actions = useMemo(() => {
    if (!message) return null;
    const role = message.role;
    const chosen = config?.actionsProps?.[role] ?? config?.actionsProps?.default;
    const all: Record<string, ActionIconItem> = {
      copy: {
        key: 'copy',
        label: strings.copy,
        icon: null,
        node: <CopyButton content={() => store.getState().getMessageById(id)?.content ?? ''} label={strings.copy} copiedLabel={strings.copied} />,
      },
      edit: { key: 'edit', label: strings.edit, icon: <EditOutlined /> },
      regenerate: { key: 'regenerate', label: strings.regenerate, icon: <ReloadOutlined /> },
      del: {
        key: 'del',
        label: strings.delete,
        icon: <DeleteOutlined />,
        danger: true,
        confirm: hasReply ? strings.deleteTurnConfirm : strings.deleteConfirm,
      },
    };
    const pick = (keys: string[] | undefined) => (keys ?? []).map((key) => all[key]).filter((item): item is ActionIconItem => !!item);
    const inline = pick(chosen?.actions ?? DEFAULT_ACTIONS[role] ?? DEFAULT_ACTIONS.default);
    const more = pick(chosen?.moreActions).map((item) => (item.key === 'copy' ? { ...item, icon: null, node: undefined } : item));
    if (inline.length === 0 && more.length === 0) return null;
    return (
      <ActionIconGroup
        items={inline}
        moreItems={more}
        onActionClick={onAction}
        moreLabel={strings.more}
        confirmText={{ ok: strings.confirm, cancel: strings.cancel }}
      />
    );
  }, [message, config?.actionsProps, strings, store, id, hasReply, onAction]);

  const handles = useMemo(
    () => ({ onStartEdit: () => setEditing(true), onFinishEdit: () => setEditing(false), onClick: onAction }),
    [onAction],
  );

  if (!message) return null;
  const primary = message.role === 'user';
  const isError = message.status === 'error';
  return (
    <ChatItem
      message={message}
      meta={primary ? userMeta : assistantMeta}
      displayMode={displayMode}
      showTitle={showTitle}
      locale={strings}
      markdownProps={markdownProps}
      smoothOutput={smoothOutput}
      editing={editing}
      onEditSave={saveEdit}
      onEditCancel={() => setEditing(false)}
      actions={isError ? null : actions}
      actionHandles={handles}
      extra={messageItemExtraRender?.(message, primary ? 'user' : 'assistant')}
      onRetry={isError ? () => void regenerate() : undefined}
      onDelete={isError ? () => void remove() : undefined}
      renderErrorMessages={renderErrorMessages}
      chatItemRenderConfig={config}
    />
  );
});

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
  className,
  style,
  ...rowProps
}: ChatListProps) {
  const sheet = useStyles();
  const { styles, cx } = sheet;
  const strings = locale ?? getLocaleStrings(undefined);
  const context = useChatContext();
  const ids = useChatStore(useShallow(selectMessageIds));
  const generating = useChatStore(selectIsGenerating);
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
        aria-busy={generating}
        // Replies are announced once by ProChat's status region, not token by token.
        aria-live="off"
        onScroll={onScroll}
        tabIndex={0}
      >
        <div ref={contentRef} className={styles.content}>
          {body}
        </div>
      </div>
      {!loading && ids.length > 0 && (
        <BackBottom
          text={strings.backToBottom}
          {...backToBottomConfig}
          visible={!atBottom}
          onClick={() => scrollToBottom('smooth')}
        />
      )}
    </div>
  );
}
