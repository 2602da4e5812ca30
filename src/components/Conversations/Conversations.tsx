'use client';

import { DeleteOutlined, EditOutlined, LoadingOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { createStyles } from 'antd-style';
import { memo, startTransition, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';

import type { ConversationsApi } from '../../conversations/createConversations';
import { useConversations } from '../../conversations/react';
import type { ConversationMeta } from '../../conversations/types';
import type { ProChatLocale, ProChatLocaleStrings } from '../../locale';
import { useLocaleStrings } from '../../locale/useLocaleStrings';
import { groupByDate } from './groupByDate';

export interface ConversationsProps {
  /** The conversation manager (`createConversations`), the same one `<ProChat conversations>` shows. */
  conversations: ConversationsApi;
  /** Language of the labels: a tag or the strings. Defaults to the nearest antd ConfigProvider's. */
  locale?: ProChatLocale | ProChatLocaleStrings;
  /**
   * Group the list by date (Today, Yesterday, Previous 7 days, Previous 30 days, then by month).
   * @default true
   */
  groupByDate?: boolean;
  /** Called after the user opens a conversation or starts a new one (to close a drawer, say). */
  onSelect?: (id: string) => void;
  className?: string;
  style?: CSSProperties;
}

const useStyles = createStyles(({ token, css }) => ({
  root: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginXS}px;
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize}px;
    height: 100%;
    min-height: 0;
    padding: ${token.paddingXS}px;
  `,
  scroll: css`
    flex: 1;
    min-height: 0;
    overflow-y: auto;
  `,
  heading: css`
    margin: ${token.marginSM}px ${token.marginXS}px ${token.marginXXS}px;
    color: ${token.colorTextTertiary};
    font-size: ${token.fontSizeSM}px;
    font-weight: normal;
  `,
  list: css`
    margin: 0;
    padding: 0;
    list-style: none;
  `,
  row: css`
    position: relative;
    display: flex;
    align-items: center;
    /* A long list lays out and paints only the rows in view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 38px;
    border-radius: ${token.borderRadius}px;
    &:hover,
    &:focus-within {
      background: ${token.colorFillTertiary};
    }
    &[data-active='true'] {
      background: ${token.colorFillSecondary};
    }
    &:hover > button[data-part='conversation-action'],
    &:focus-within > button[data-part='conversation-action'],
    &[data-active='true'] > button[data-part='conversation-action'] {
      display: inline-flex;
    }
  `,
  item: css`
    display: flex;
    flex: 1;
    align-items: center;
    gap: ${token.marginXS}px;
    min-width: 0;
    padding: ${token.paddingXS}px ${token.paddingSM}px;
    border: 0;
    border-radius: ${token.borderRadius}px;
    background: transparent;
    color: ${token.colorText};
    font: inherit;
    text-align: start;
    cursor: pointer;
    &:focus-visible {
      outline: 2px solid ${token.colorPrimaryBorder};
      outline-offset: -2px;
    }
  `,
  title: css`
    flex: 1;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  `,
  streaming: css`
    color: ${token.colorPrimary};
  `,
  action: css`
    display: none;
    align-items: center;
    justify-content: center;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 0;
    border-radius: ${token.borderRadiusSM}px;
    background: transparent;
    color: ${token.colorTextSecondary};
    cursor: pointer;
    &:hover {
      color: ${token.colorText};
      background: ${token.colorFillSecondary};
    }
    &:focus-visible {
      outline: 2px solid ${token.colorPrimaryBorder};
    }
  `,
  confirm: css`
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.marginXS}px;
    padding: ${token.paddingXS}px ${token.paddingSM}px;
  `,
  note: css`
    padding: ${token.paddingSM}px;
    color: ${token.colorTextTertiary};
  `,
}));

type Mode = 'view' | 'rename' | 'confirm';

/** Rows drawn at once; a longer list draws the rest after the first paint, in a transition. */
const FIRST_ROWS = 60;

type ListStyles = ReturnType<typeof useStyles>['styles'];

interface RowProps {
  meta: ConversationMeta;
  /** The list's class names: one style hook for the list, not one per row. */
  styles: ListStyles;
  active: boolean;
  streaming: boolean;
  /** The row that holds the list's one tab stop. */
  tabStop: boolean;
  /** Rename and Delete are drawn for the open row and the focused one (and for any row once pointed at). */
  showActions: boolean;
  strings: ProChatLocaleStrings;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDelete: (id: string) => void;
  onFocusRow: (id: string) => void;
}

const ConversationRow = memo(function ConversationRow({
  meta,
  styles,
  active,
  streaming,
  tabStop,
  showActions,
  strings,
  onOpen,
  onRename,
  onDelete,
  onFocusRow,
}: RowProps) {
  const [mode, setMode] = useState<Mode>('view');
  // Drawn the first time the pointer comes by, then kept (CSS shows them on hover): a thousand
  // rows do not each carry two icon buttons from the start.
  const [pointed, setPointed] = useState(false);
  // Enter or Escape ended the rename: the blur that follows changes nothing.
  const renameEnded = useRef(false);
  const startRename = () => {
    renameEnded.current = false;
    setMode('rename');
  };
  const title = meta.title || strings.newChat;
  const focusItem = (row: HTMLElement | null | undefined) => row?.querySelector<HTMLElement>('[data-part="conversation"]')?.focus();

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const row = event.currentTarget.closest('li');
    const rows = [...(row?.closest('nav')?.querySelectorAll<HTMLElement>('li[data-id]') ?? [])];
    const at = row ? rows.indexOf(row) : -1;
    const go = (index: number) => {
      event.preventDefault();
      focusItem(rows[Math.max(0, Math.min(rows.length - 1, index))]);
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(rows.length - 1);
    else if (event.key === 'F2') {
      event.preventDefault();
      startRename();
    } else if (event.key === 'Delete') {
      event.preventDefault();
      setMode('confirm');
    }
  };

  const backToItem = (target: HTMLElement) => {
    const row = target.closest('li');
    setMode('view');
    // After React puts the item back.
    requestAnimationFrame(() => focusItem(row));
  };

  if (mode === 'rename') {
    const save = (target: HTMLInputElement) => {
      renameEnded.current = true;
      onRename(meta.id, target.value);
      backToItem(target);
    };
    return (
      <li className={styles.row} data-id={meta.id} data-active={active}>
        <Input
          size="small"
          autoFocus
          defaultValue={meta.title}
          aria-label={strings.renameConversation}
          onPressEnter={(event) => save(event.currentTarget)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              renameEnded.current = true;
              backToItem(event.currentTarget);
            }
          }}
          onBlur={(event) => {
            if (renameEnded.current) return;
            onRename(meta.id, event.currentTarget.value);
            setMode('view');
          }}
        />
      </li>
    );
  }

  const cancelOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    backToItem(event.currentTarget);
  };
  /** Deletes, then puts the focus on the next conversation (or the one before, or New chat). */
  const deleteNow = (target: HTMLElement) => {
    const nav = target.closest('nav');
    const rows = [...(nav?.querySelectorAll<HTMLElement>('li[data-id]') ?? [])];
    const at = rows.indexOf(target.closest('li') as HTMLElement);
    const neighbour = rows[at + 1] ?? rows[at - 1];
    onDelete(meta.id);
    requestAnimationFrame(() => {
      const item = neighbour?.isConnected ? neighbour.querySelector<HTMLElement>('[data-part="conversation"]') : null;
      (item ?? nav?.querySelector<HTMLElement>('button'))?.focus();
    });
  };

  if (mode === 'confirm') {
    return (
      <li className={styles.row} data-id={meta.id} data-active={active}>
        <div className={styles.confirm} role="group" aria-label={strings.deleteConversation}>
          <span className={styles.title}>{strings.deleteConversationConfirm.replace('{title}', () => title)}</span>
          <Button size="small" danger autoFocus onClick={(event) => deleteNow(event.currentTarget)} onKeyDown={cancelOnEscape}>
            {strings.deleteConversation}
          </Button>
          <Button size="small" onClick={(event) => backToItem(event.currentTarget)} onKeyDown={cancelOnEscape}>
            {strings.cancel}
          </Button>
        </div>
      </li>
    );
  }

  return (
    <li className={styles.row} data-id={meta.id} data-active={active} onPointerEnter={() => setPointed(true)}>
      <button
        type="button"
        className={styles.item}
        data-part="conversation"
        aria-current={active ? 'true' : undefined}
        aria-keyshortcuts="F2 Delete"
        tabIndex={tabStop ? 0 : -1}
        onClick={() => onOpen(meta.id)}
        onFocus={() => onFocusRow(meta.id)}
        onKeyDown={onKeyDown}
      >
        <span className={styles.title}>{title}</span>
        {streaming && <LoadingOutlined className={styles.streaming} aria-label={strings.conversationStreaming} />}
      </button>
      {(showActions || pointed) && (
        <>
          <button
            type="button"
            className={styles.action}
            data-part="conversation-action"
            aria-label={`${strings.renameConversation}: ${title}`}
            title={strings.renameConversation}
            onClick={startRename}
          >
            <EditOutlined />
          </button>
          <button
            type="button"
            className={styles.action}
            data-part="conversation-action"
            aria-label={`${strings.deleteConversation}: ${title}`}
            title={strings.deleteConversation}
            onClick={() => setMode('confirm')}
          >
            <DeleteOutlined />
          </button>
        </>
      )}
    </li>
  );
});

/**
 * The list of a conversation manager's conversations: a New chat button, the conversations by
 * date with the open one marked, a spinner on those still answering, rename (F2) and delete
 * (Delete, confirmed inline) on each. Arrow keys, Home and End move through the list.
 */
export function Conversations({
  conversations: manager,
  locale,
  groupByDate: grouped = true,
  onSelect,
  className,
  style,
}: ConversationsProps) {
  const { styles, cx } = useStyles();
  const strings = useLocaleStrings(locale);
  const list = useConversations(manager, (state) => state.conversations);
  const activeId = useConversations(manager, (state) => state.activeId);
  const status = useConversations(manager, (state) => state.status);
  const generating = useConversations(manager, (state) => state.generating);
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const headingId = useId();
  // A thousand conversations open with the first screenful; the rest follow without blocking.
  const [drawAll, setDrawAll] = useState(false);
  const long = list.length > FIRST_ROWS;
  useEffect(() => {
    if (drawAll || !long) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDrawAll(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawAll, long]);
  const shown = drawAll || !long ? list : list.slice(0, FIRST_ROWS);

  const groups = useMemo(
    () => (grouped ? groupByDate(shown, strings) : [{ key: 'all', label: '', items: shown }]),
    [grouped, shown, strings],
  );
  const streaming = useMemo(() => new Set(generating), [generating]);
  // One tab stop for the list: the row last focused, else the open one, else the first.
  const tabStopId = list.some((meta) => meta.id === focusedId)
    ? focusedId
    : list.some((meta) => meta.id === activeId)
      ? activeId
      : list[0]?.id;

  const handlers = useMemo(
    () => ({
      onOpen: (id: string) => {
        manager.getState().select(id);
        onSelect?.(id);
      },
      onRename: (id: string, title: string) => manager.getState().rename(id, title),
      onDelete: (id: string) => void manager.getState().remove(id),
      onFocusRow: setFocusedId,
    }),
    [manager, onSelect],
  );

  return (
    <nav className={cx(styles.root, className)} style={style} aria-label={strings.conversations}>
      <Button
        icon={<PlusOutlined />}
        block
        onClick={() => {
          const id = manager.getState().create();
          onSelect?.(id);
        }}
      >
        {strings.newChat}
      </Button>
      <div className={styles.scroll}>
        {status === 'error' && (
          <div className={styles.note} role="alert">
            {strings.conversationsFailed}
          </div>
        )}
        {status === 'ready' && list.length === 0 && <div className={styles.note}>{strings.noConversations}</div>}
        {groups.map((group, index) => (
          <section key={group.key} aria-labelledby={group.label ? `${headingId}-${index}` : undefined}>
            {group.label && (
              <h3 className={styles.heading} id={`${headingId}-${index}`}>
                {group.label}
              </h3>
            )}
            <ul className={styles.list}>
              {group.items.map((meta) => (
                <ConversationRow
                  key={meta.id}
                  meta={meta}
                  styles={styles}
                  active={meta.id === activeId}
                  streaming={streaming.has(meta.id)}
                  tabStop={meta.id === tabStopId}
                  showActions={meta.id === tabStopId || meta.id === activeId}
                  strings={strings}
                  {...handlers}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
