import { Button, Spin } from 'antd';
import { createStyles } from 'antd-style';
import { memo, type CSSProperties, type ReactNode } from 'react';

import type { ChatMessageErrorInfo } from '../../core/errors';
import type { StoredChatMessage } from '../../core/message';
import { getLocaleStrings, type ProChatLocaleStrings } from '../../locale';
import type { MetaData } from './meta';
import { sharedStyles } from '../../ui/sharedStyles';
import { EditableMessage } from '../../ui/EditableMessage';
import { Markdown, type MarkdownProps } from '../../markdown/Markdown';
import { ThinkingPanel, useThinkingDuration } from '../ThinkingPanel/ThinkingPanel';
import { splitThinking, type ThinkingParts } from '../../core/thinking';
import { ChatAvatar } from './ChatAvatar';
import type { ChatItemActionHandles, ChatItemRenderConfig, ChatItemRenderProps } from './types';
import { useSmoothText } from './useSmoothText';
import { useTrueAfterPaint } from './useTrueAfterPaint';

const useStyles = createStyles(({ token, css }) => ({
  row: css`
    display: flex;
    gap: ${token.marginSM}px;
    padding: ${token.paddingXS}px ${token.padding}px;
    align-items: flex-start;
    &:hover [data-part='actions'],
    &:focus-within [data-part='actions'] {
      opacity: 1;
    }
  `,
  right: css`
    flex-direction: row-reverse;
  `,
  docs: css`
    flex-direction: column;
    gap: ${token.marginXS}px;
    padding: ${token.paddingSM}px ${token.padding}px;
    border-bottom: 1px solid ${token.colorBorderSecondary};
  `,
  body: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginXXS}px;
    min-width: 0;
    max-width: min(85%, 800px);
  `,
  bodyRight: css`
    align-items: flex-end;
  `,
  bodyDocs: css`
    max-width: 100%;
    width: 100%;
  `,
  head: css`
    display: flex;
    gap: ${token.marginXS}px;
    align-items: center;
  `,
  title: css`
    display: flex;
    gap: ${token.marginXS}px;
    align-items: baseline;
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
  `,
  time: css`
    color: ${token.colorTextSecondary};
  `,
  bubble: css`
    padding: ${token.paddingXS}px ${token.paddingSM}px;
    border-radius: ${token.borderRadiusLG}px;
    background: ${token.colorFillTertiary};
    color: ${token.colorText};
    overflow-wrap: anywhere;
    line-height: ${token.lineHeight};
    max-width: 100%;
    & > div > :first-child {
      margin-top: 0;
    }
    & > div > :last-child {
      margin-bottom: 0;
    }
    & pre {
      overflow-x: auto;
      padding: ${token.paddingXS}px;
      border-radius: ${token.borderRadius}px;
      background: ${token.colorFillQuaternary};
    }
    & code {
      font-family: ${token.fontFamilyCode};
      font-size: 0.92em;
      padding: 0.1em 0.35em;
      border-radius: ${token.borderRadiusSM}px;
      background: ${token.colorFillSecondary};
      color: inherit;
    }
    & pre code {
      padding: 0;
      background: transparent;
      font-size: inherit;
    }
    & table {
      border-collapse: collapse;
      display: block;
      overflow-x: auto;
    }
    & th,
    & td {
      border: 1px solid ${token.colorBorderSecondary};
      padding: ${token.paddingXXS}px ${token.paddingXS}px;
    }
    /* Underlined text colour: readable on every bubble background, light or dark. */
    & a {
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 2px;
    }
    & a:hover {
      color: ${token.colorLinkHover};
    }
    & blockquote {
      margin: 0;
      padding-inline-start: ${token.paddingSM}px;
      border-inline-start: 3px solid ${token.colorBorder};
      color: ${token.colorTextSecondary};
    }
  `,
  bubblePrimary: css`
    background: ${token.colorPrimaryBg};
  `,
  bubbleDocs: css`
    background: transparent;
    padding: 0;
  `,
  status: css`
    color: ${token.colorTextSecondary};
    font-size: ${token.fontSizeSM}px;
  `,
  error: css`
    display: flex;
    gap: ${token.marginSM}px;
    align-items: flex-start;
    justify-content: space-between;
    padding: ${token.paddingXS}px ${token.paddingSM}px;
    border: 1px solid ${token.colorErrorBorder};
    border-radius: ${token.borderRadiusLG}px;
    background: ${token.colorErrorBg};
    color: ${token.colorText};
  `,
  errorText: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginXXS}px;
    overflow-wrap: anywhere;
  `,
  errorButtons: css`
    display: flex;
    gap: ${token.marginXXS}px;
    flex-shrink: 0;
  `,
  actions: css`
    display: flex;
    gap: 2px;
    opacity: 0.55;
    transition: opacity ${token.motionDurationFast};
    @media (hover: none) {
      opacity: 1;
    }
    @media (prefers-reduced-motion: reduce) {
      transition: none;
    }
  `,
}));

/** Message rows' styles, built once per chat (ProChat provides them). */
export const chatItemStyles = sharedStyles(useStyles);

export interface ChatItemProps {
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
  actionHandles,
  extra,
  onRetry,
  onDelete,
  renderErrorMessages,
  chatItemRenderConfig: config,
  className,
  style,
  sheet: { styles, cx },
}: ChatItemProps & { sheet: ReturnType<typeof useStyles> }) {
  const docs = displayMode === 'docs';
  const primary = message.role === 'user';
  const side = docs ? 'left' : (placement ?? (primary ? 'right' : 'left'));
  const live = message.status === 'pending' || message.status === 'streaming';
  const shown = useSmoothText(message.content, live, smoothOutput);
  const waiting = live && !shown;
  // When the reply ends, its last words are painted before its action bar is built.
  const settled = useTrueAfterPaint(!live);
  // A reasoning model's `<think>` block shows as a panel above the answer.
  const reply = primary ? NO_THINKING : splitThinking(shown);
  const thinkingMs = useThinkingDuration(reply.hasThinking, reply.open && live);

  const props: ChatItemRenderProps = {
    originData: message,
    avatar: meta ?? {},
    message: message.content,
    placement: side,
    primary,
    loading: live,
    error: message.error,
    editing,
    showTitle,
    time: message.updatedAt || message.createdAt,
    'data-id': message.id,
  };

  const avatar = applyHook(config?.avatarRender, [props, <ChatAvatar meta={meta} role={message.role} />], (
    <ChatAvatar meta={meta} role={message.role} />
  ));

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
  } else if (message.node !== undefined && message.node !== null && !live) {
    // A message pushed as a React node (pro-chat allowed node content) is shown as is.
    body = (
      <div className={cx(styles.bubble, primary && !docs && styles.bubblePrimary, docs && styles.bubbleDocs)} data-part="content">
        {message.node}
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
          <ThinkingPanel thinking={reply.open && live} durationMs={thinkingMs} locale={strings} markdownProps={markdownProps}>
            {reply.thinking}
          </ThinkingPanel>
        )}
        {(!reply.hasThinking || reply.answer) && (
          <Markdown {...markdownProps} streaming={live}>
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
    errorDom =
      custom ?? (
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
        {actionsDom}
      </div>
    </div>
  );

  return <>{applyHook(config?.render, [props, { avatar, title, messageContent, actions: actionsDom, itemDom }, itemDom], itemDom)}</>;
}

/** One message: avatar, optional title, markdown content, its state (waiting, stopped, failed) and actions. */
export const ChatItem = memo(chatItemStyles.withStyles(ChatItemView));
