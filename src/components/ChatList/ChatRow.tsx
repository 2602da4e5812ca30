'use client';

import {
  DeleteOutlined,
  DislikeFilled,
  DislikeOutlined,
  EditOutlined,
  LikeFilled,
  LikeOutlined,
  PauseCircleOutlined,
  ReloadOutlined,
  SoundOutlined,
} from '@ant-design/icons';
import { memo, useMemo, useState, type ReactNode } from 'react';

import type { ChatMessageErrorInfo } from '../../core/errors';
import type { StoredChatMessage } from '../../core/message';
import type { ProChatLocaleStrings } from '../../locale';
import type { MarkdownProps } from '../../markdown/Markdown';
import { selectHasReply, selectMessageById, selectVersionsOf } from '../../store/selectors';
import { useChatContext, useChatStore } from '../../store/react';
import { ActionIconGroup, type ActionIconItem } from '../../ui/ActionIconGroup';
import { CopyButton } from '../../ui/CopyButton';
import { ChatItem } from '../ChatItem/ChatItem';
import type { MetaData } from '../ChatItem/meta';
import type { ChatItemRenderConfig } from '../ChatItem/types';
import type { ChatItemCustomAction } from '../ChatItem/types';
import { canSpeak, speak, stopSpeaking, useIsSpeaking } from './readAloud';
import { copyTextOf, RowActionsContext, useOwnMessageActions } from './useMessageActions';

const DEFAULT_ACTIONS: Record<string, string[]> = {
  user: ['edit', 'copy', 'del'],
  assistant: ['copy', 'regenerate', 'edit', 'del'],
  default: ['copy', 'del'],
};

/** How every row of a ChatList looks and behaves (the list's own props aside). */
export interface ChatRowOptions {
  markdownProps?: Omit<MarkdownProps, 'children'>;
  chatItemRenderConfig?: ChatItemRenderConfig;
  userMeta?: MetaData;
  assistantMeta?: MetaData;
  displayMode?: 'chat' | 'docs';
  showTitle?: boolean;
  smoothOutput?: boolean;
  /**
   * Show thumbs up and down on replies (the `feedback` action) by default; ProChat turns this on
   * when `onFeedback` is given.
   * @default false
   */
  feedback?: boolean;
  /**
   * After saving an edited user message, regenerate its reply. Default: true, unless
   * `chatItemRenderConfig.actionsCallbacks.onEditFinished` is given (then the app decides, as in pro-chat).
   */
  regenerateOnEdit?: boolean;
  /**
   * A Read aloud action on replies (the `speak` action: the browser's speech synthesis; Stop while
   * it reads), where the browser can speak.
   * @default false
   */
  readAloud?: boolean;
  /** The language replies are read in (a BCP 47 tag). */
  speechLang?: string;
  /** Extra content under a message. */
  messageItemExtraRender?: (message: StoredChatMessage, type: 'user' | 'assistant') => ReactNode;
  renderErrorMessages?: (error: ChatMessageErrorInfo & { type?: string | number }, message: StoredChatMessage) => ReactNode;
  /**
   * Return false to skip re-rendering a row whose message changed. Gets the message's fields plus
   * `loading` and `originData` (the message itself), as pro-chat's `itemShouldUpdate` did.
   */
  itemShouldUpdate?: (prev: ChatListItemProps, next: ChatListItemProps) => boolean;
}

export type ChatRowProps = ChatRowOptions & {
  id: string;
  strings: ProChatLocaleStrings;
};

/** What `itemShouldUpdate` compares: a message's fields, whether it is streaming (`loading`, pro-chat's name), and the message. */
export type ChatListItemProps = StoredChatMessage & { loading: boolean; originData: StoredChatMessage };

/** Keeps the previous message object when `itemShouldUpdate` says the change does not matter. */
function useMessage(id: string, itemShouldUpdate?: ChatRowOptions['itemShouldUpdate']) {
  const [held] = useState<{ current?: ChatListItemProps }>({});
  return useChatStore((state) => {
    const next = selectMessageById(state, id);
    if (!itemShouldUpdate || !next) return next;
    const prev = held.current;
    const streaming = state.loadingId === id;
    if (prev && prev.originData === next && prev.loading === streaming) return prev.originData;
    const nextProps: ChatListItemProps = { ...next, loading: streaming, originData: next };
    if (prev && !itemShouldUpdate(prev, nextProps)) return prev.originData;
    held.current = nextProps;
    return next;
  });
}

/**
 * One message's row: wiring between the store and ChatItem. It subscribes to its own message only,
 * so a streaming reply re-renders its row and nothing else; the actions run through
 * useMessageActions, which a custom `actionsRender` inside the row shares.
 */
export const ChatRow = memo(function ChatRow({
  id,
  strings,
  markdownProps,
  chatItemRenderConfig: config,
  userMeta,
  assistantMeta,
  displayMode,
  showTitle,
  smoothOutput,
  feedback,
  readAloud,
  speechLang,
  regenerateOnEdit,
  messageItemExtraRender,
  renderErrorMessages,
  itemShouldUpdate,
}: ChatRowProps) {
  const { store } = useChatContext();
  const message = useMessage(id, itemShouldUpdate);
  const actions = useOwnMessageActions(id, { callbacks: config?.actionsCallbacks, regenerateOnEdit });
  const { run, startEdit, cancelEdit, saveEdit, regenerate, remove } = actions;
  const rowActions = useMemo(() => ({ id, actions }), [id, actions]);
  const speaking = useIsSpeaking(id);
  const hasReply = useChatStore((state) => message?.role === 'user' && selectHasReply(state, id));
  // One subscription, compared by value: rows without versions (nearly all) never re-render for it.
  const versionsKey = useChatStore((state) => {
    const here = selectVersionsOf(state, id);
    return here ? `${here.active}/${here.tails.length}/${state.loadingId === null ? '' : 'busy'}` : '';
  });
  const versions = useMemo(() => {
    if (!versionsKey) return undefined;
    const [index, count, busy] = versionsKey.split('/');
    return {
      index: Number(index),
      count: Number(count),
      disabled: busy === 'busy',
      onChange: (to: number) => void store.getState().showVersion(id, to),
    };
  }, [versionsKey, store, id]);

  const bar = useMemo(() => {
    if (!message) return null;
    const role = message.role;
    const chosen = config?.actionsProps?.[role] ?? config?.actionsProps?.default;
    const all: Record<string, ActionIconItem> = {
      copy: {
        key: 'copy',
        label: strings.copy,
        icon: null,
        node: (
          <CopyButton content={() => copyTextOf(store.getState().getMessageById(id))} label={strings.copy} copiedLabel={strings.copied} />
        ),
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
      speak: {
        key: 'speak',
        label: speaking ? strings.stopReading : strings.readAloud,
        icon: speaking ? <PauseCircleOutlined /> : <SoundOutlined />,
        pressed: speaking,
      },
      'feedback-up': {
        key: 'feedback-up',
        label: strings.feedbackUp,
        icon: message.feedback === 'up' ? <LikeFilled /> : <LikeOutlined />,
        pressed: message.feedback === 'up',
      },
      'feedback-down': {
        key: 'feedback-down',
        label: strings.feedbackDown,
        icon: message.feedback === 'down' ? <DislikeFilled /> : <DislikeOutlined />,
        pressed: message.feedback === 'down',
      },
    };
    const custom = new Map<string, ChatItemCustomAction>();
    const pick = (keys: (string | ChatItemCustomAction)[] | undefined) =>
      (keys ?? []).flatMap((key): ActionIconItem[] => {
        if (typeof key !== 'string') {
          custom.set(key.key, key);
          return [{ key: key.key, label: key.label, icon: key.icon ?? null, danger: key.danger, confirm: key.confirm }];
        }
        if (key === 'feedback') return [all['feedback-up'], all['feedback-down']];
        if (key === 'speak' && !canSpeak()) return [];
        return all[key] ? [all[key]] : [];
      });
    const defaults = DEFAULT_ACTIONS[role] ?? DEFAULT_ACTIONS.default;
    const withExtras = role === 'assistant' ? [...defaults, ...(readAloud ? ['speak'] : []), ...(feedback ? ['feedback'] : [])] : defaults;
    const inline = pick(chosen?.actions ?? withExtras);
    const more = pick(chosen?.moreActions).map((item) => (item.key === 'copy' ? { ...item, icon: null, node: undefined } : item));
    if (inline.length === 0 && more.length === 0) return null;
    const onAction = ({ key }: { key: string }) => {
      const action = custom.get(key);
      const current = store.getState().getMessageById(id);
      if (action) {
        if (current) action.onClick(current);
      } else if (key === 'speak') {
        if (speaking) stopSpeaking();
        else if (current) speak(id, copyTextOf(current), speechLang);
      } else if (key === 'feedback-up' || key === 'feedback-down') {
        const value = key === 'feedback-up' ? 'up' : 'down';
        store.getState().setFeedback(id, current?.feedback === value ? null : value);
      } else {
        run(key);
      }
    };
    return (
      <ActionIconGroup
        items={inline}
        moreItems={more}
        onActionClick={onAction}
        moreLabel={strings.more}
        confirmText={{ ok: strings.confirm, cancel: strings.cancel }}
      />
    );
  }, [message, config?.actionsProps, strings, store, id, hasReply, run, feedback, readAloud, speaking, speechLang]);

  const handles = useMemo(
    () => ({ onStartEdit: startEdit, onFinishEdit: cancelEdit, onClick: ({ key }: { key: string }) => run(key) }),
    [startEdit, cancelEdit, run],
  );

  if (!message) return null;
  const primary = message.role === 'user';
  const isError = message.status === 'error';
  return (
    <RowActionsContext.Provider value={rowActions}>
      <ChatItem
        message={message}
        meta={primary ? userMeta : assistantMeta}
        displayMode={displayMode}
        showTitle={showTitle}
        locale={strings}
        markdownProps={markdownProps}
        smoothOutput={smoothOutput}
        editing={actions.editing}
        onEditSave={saveEdit}
        onEditCancel={cancelEdit}
        actions={isError ? null : bar}
        versions={versions}
        actionHandles={handles}
        extra={messageItemExtraRender?.(message, primary ? 'user' : 'assistant')}
        onRetry={isError ? () => void regenerate() : undefined}
        onDelete={isError ? () => void remove() : undefined}
        renderErrorMessages={renderErrorMessages}
        chatItemRenderConfig={config}
      />
    </RowActionsContext.Provider>
  );
});
