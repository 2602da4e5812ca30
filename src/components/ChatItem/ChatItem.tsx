'use client';

import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { memo, type CSSProperties, type ReactNode } from 'react';

import type { ChatMessageErrorInfo } from '../../core/errors';
import { hasRichParts, type StoredChatMessage } from '../../core/message';
import { getLocaleStrings, type ProChatLocaleStrings } from '../../locale';
import type { MetaData } from './meta';
import { EditableMessage } from '../../ui/EditableMessage';
import { Markdown, type MarkdownProps } from '../../markdown/Markdown';
import { ThinkingPanel, useThinkingDuration } from '../ThinkingPanel/ThinkingPanel';
import { MessageParts } from '../MessageParts/MessageParts';
import { splitThinking, type ThinkingParts } from '../../core/thinking';
import { ChatAvatar } from './ChatAvatar';
import { chatItemStyles, type useChatItemStyles } from './ChatItem.styles';
import type { ChatItemActionHandles, ChatItemRenderConfig, ChatItemRenderProps } from './types';
import { useSmoothText } from './useSmoothText';
import { useTrueAfterPaint } from './useTrueAfterPaint';

export interface ChatItemComponentProps {
  /** The message to show. */
  message: StoredChatMessage;
  /** Avatar, title and colours of the message's side. */
  meta?: MetaData;
  /** Bubble side in chat mode: `right` for the user by default. */
  placement?: 'left' | 'right';
  /** `chat`: bubbles left and right; `docs`: a document-style column. */
  displayMode?: 'chat' | 'docs';
  showTitle?: boolean;
  locale?: ProChatLocaleStrings;
  markdownProps?: Omit<MarkdownProps, 'children'>;
  /** Reveal streamed text at a steady pace (default true). */
  smoothOutput?: boolean;
  /** Show the editor instead of the text. */
  editing?: boolean;
  onEditSave?: (value: string) => void;
  onEditCancel?: () => void;
  /** The action bar (copy, edit…), hidden while editing. */
  actions?: ReactNode;
  /**
   * The versions of this message (an edited question, a regenerated reply): shows a `< 2 / 3 >`
   * picker beside the actions when there are two or more.
   */
  versions?: MessageVersionsControl;
  /** Handles passed to `actionsRender`. */
  actionHandles?: ChatItemActionHandles;
  /** Shown under the message (`messageItemExtraRender`). */
  extra?: ReactNode;
  /** Retry a failed reply; shows a Retry button in the error. */
  onRetry?: (id: string) => void;
  /** Delete a failed reply; shows a Delete button in the error. */
  onDelete?: (id: string) => void;
  /** Replace how an error shows. */
  renderErrorMessages?: (error: ChatMessageErrorInfo & { type?: string | number }, message: StoredChatMessage) => ReactNode;
  chatItemRenderConfig?: ChatItemRenderConfig;
  className?: string;
  style?: CSSProperties;
}

/** What the version picker shows and does. */
export interface MessageVersionsControl {
  /** The version on screen, 0-based. */
  index: number;
  count: number;
  /** Shows another version. */
  onChange: (index: number) => void;
  /** While a reply is being written the picker waits. */
  disabled?: boolean;
}

function applyHook<Args extends unknown[]>(
  hook: false | ((...args: Args) => ReactNode) | undefined,
  args: Args,
  fallback: ReactNode,
): ReactNode {
  if (hook === false) return null;
  if (!hook) return fallback;
  const result = hook(...args);
  return result === undefined || result === null || result === '' ? fallback : result;
}

const NO_THINKING: ThinkingParts = { thinking: '', answer: '', hasThinking: false, open: false };

function ChatItemView({
  message,
  meta,
  placement,
  displayMode = 'chat',
  showTitle = false,
  locale: strings = getLocaleStrings(undefined),
  markdownProps,
  smoothOutput = true,
  editing = false,
  onEditSave,
  onEditCancel,
  actions,
  versions,
  actionHandles,
  extra,
  onRetry,
  onDelete,
  renderErrorMessages,
  chatItemRenderConfig: config,
  className,
  style,
  sheet: { styles, cx },
}: ChatItemComponentProps & { sheet: ReturnType<typeof useChatItemStyles> }) {
  const docs = displayMode === 'docs';
  const primary = message.role === 'user';
  const side = docs ? 'left' : (placement ?? (primary ? 'right' : 'left'));
  const streaming = message.status === 'pending' || message.status === 'streaming';
  const rich = hasRichParts(message.parts);
  const shown = useSmoothText(message.content, streaming, smoothOutput && !rich);
  const waiting = streaming && !shown;
  // When the reply ends, its last words are painted before its action bar is built.
  const settled = useTrueAfterPaint(!streaming);
  // A reasoning model's `<think>` block shows as a panel above the answer.
  const reply = primary ? NO_THINKING : splitThinking(shown);
  const thinkingMs = useThinkingDuration(reply.hasThinking, reply.open && streaming);

  const props: ChatItemRenderProps = {
    originData: message,
    avatar: meta ?? {},
    message: message.content,
    placement: side,
    primary,
    loading: streaming,
    error: message.error,
    editing,
    showTitle,
    time: message.updatedAt || message.createdAt,
    'data-id': message.id,
  };

  const avatar = applyHook(
    config?.avatarRender,
    [props, <ChatAvatar meta={meta} role={message.role} />],
    <ChatAvatar meta={meta} role={message.role} />,
  );

  const defaultTitle =
    showTitle || docs ? (
      <div className={styles.title}>
        <strong>{meta?.title ?? (primary ? strings.user : strings.assistant)}</strong>
        {showTitle && (
          <time className={styles.time} dateTime={new Date(props.time).toISOString()}>
            {new Date(props.time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
          </time>
        )}
      </div>
    ) : null;
  const title = applyHook(config?.titleRender, [props, defaultTitle], defaultTitle);

  let body: ReactNode = null;
  if (editing) {
    body = (
      <EditableMessage
        value={message.content}
        onSave={(value) => onEditSave?.(value)}
        onCancel={() => onEditCancel?.()}
        text={{ save: strings.save, cancel: strings.cancel, label: strings.edit }}
      />
    );
  } else if (message.node !== undefined && message.node !== null && !streaming) {
    // A message pushed as a React node (pro-chat allowed node content) is shown as is.
    body = (
      <div className={cx(styles.bubble, primary && !docs && styles.bubblePrimary, docs && styles.bubbleDocs)} data-part="content">
        {message.node}
      </div>
    );
  } else if (rich) {
    // A reply with parts beyond its text (reasoning, tool calls, sources, files) shows them in order.
    body = (
      <div className={cx(styles.bubble, primary && !docs && styles.bubblePrimary, docs && styles.bubbleDocs)} data-part="content">
        <MessageParts
          message={message}
          parts={message.parts!}
          streaming={streaming}
          locale={strings}
          markdownProps={markdownProps}
          smoothOutput={smoothOutput}
        />
      </div>
    );
  } else if (waiting) {
    body = (
      <div className={cx(styles.bubble, docs && styles.bubbleDocs)}>
        <span role="status" aria-label={strings.thinking}>
          <Spin size="small" />
        </span>
      </div>
    );
  } else if (shown) {
    body = (
      <div className={cx(styles.bubble, primary && !docs && styles.bubblePrimary, docs && styles.bubbleDocs)} data-part="content">
        {reply.hasThinking && (
          <ThinkingPanel thinking={reply.open && streaming} durationMs={thinkingMs} locale={strings} markdownProps={markdownProps}>
            {reply.thinking}
          </ThinkingPanel>
        )}
        {(!reply.hasThinking || reply.answer) && (
          <Markdown {...markdownProps} streaming={streaming}>
            {reply.hasThinking ? reply.answer : shown}
          </Markdown>
        )}
      </div>
    );
  }
  const content = editing ? body : applyHook(config?.contentRender, [props, body], body);

  let errorDom: ReactNode = null;
  if (message.status === 'error' && !editing) {
    const error = message.error ?? { message: '' };
    const custom = renderErrorMessages?.({ ...error, type: error.code ?? error.status }, message);
    errorDom = custom ?? (
      <div className={styles.error} role="alert">
        <div className={styles.errorText}>
          <strong>{strings.errorTitle}</strong>
          {error.code === 'interrupted' ? <span>{strings.interrupted}</span> : error.message && <span>{error.message}</span>}
        </div>
        <div className={styles.errorButtons}>
          {onRetry && (
            <Button size="small" onClick={() => onRetry(message.id)}>
              {strings.retry}
            </Button>
          )}
          {onDelete && (
            <Button size="small" danger type="text" onClick={() => onDelete(message.id)}>
              {strings.delete}
            </Button>
          )}
        </div>
      </div>
    );
  }

  const defaultActions =
    actions && !editing && settled ? (
      <div className={styles.actions} data-part="actions" role="toolbar" aria-label={strings.messageActions}>
        {actions}
      </div>
    ) : null;
  const actionsDom = editing
    ? null
    : applyHook(
        config?.actionsRender,
        [props, defaultActions, actionHandles ?? { onStartEdit: () => undefined, onFinishEdit: () => undefined, onClick: () => undefined }],
        defaultActions,
      );

  const versionsDom =
    versions && versions.count > 1 && !editing ? (
      <div
        className={styles.versions}
        role="group"
        aria-label={strings.versionPosition.replace('{index}', String(versions.index + 1)).replace('{count}', String(versions.count))}
        data-part="versions"
      >
        <Button
          type="text"
          size="small"
          icon={<LeftOutlined />}
          aria-label={strings.previousVersion}
          title={strings.previousVersion}
          disabled={versions.disabled || versions.index === 0}
          onClick={() => versions.onChange(versions.index - 1)}
        />
        <span aria-hidden="true">
          {versions.index + 1} / {versions.count}
        </span>
        <Button
          type="text"
          size="small"
          icon={<RightOutlined />}
          aria-label={strings.nextVersion}
          title={strings.nextVersion}
          disabled={versions.disabled || versions.index === versions.count - 1}
          onClick={() => versions.onChange(versions.index + 1)}
        />
      </div>
    ) : null;
  const footer = versionsDom ? (
    <div className={styles.footer}>
      {versionsDom}
      {actionsDom}
    </div>
  ) : (
    actionsDom
  );

  const messageContent = (
    <>
      {content}
      {message.status === 'aborted' && <span className={styles.status}>{strings.stopped}</span>}
      {errorDom}
      {extra}
    </>
  );

  const itemDom = (
    <div
      className={cx(styles.row, side === 'right' && styles.right, docs && styles.docs, meta?.className, className)}
      style={style}
      data-role={message.role}
      data-status={message.status}
      data-message-id={message.id}
    >
      {docs ? (
        <div className={styles.head}>
          {avatar}
          {title}
        </div>
      ) : (
        avatar
      )}
      <div className={cx(styles.body, side === 'right' && styles.bodyRight, docs && styles.bodyDocs)}>
        {!docs && title}
        {messageContent}
        {footer}
      </div>
    </div>
  );

  return (
    <>
      {applyHook(
        config?.render,
        [props, { avatar, title, messageContent, actions: actionsDom, versions: versionsDom, itemDom }, itemDom],
        itemDom,
      )}
    </>
  );
}

/** One message: avatar, optional title, markdown content, its state (waiting, stopped, failed) and actions. */
export const ChatItem = memo(chatItemStyles.withStyles(ChatItemView));
