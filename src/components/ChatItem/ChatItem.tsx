import { RobotOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Spin } from 'antd';
import { createStyles } from 'antd-style';
import { memo, type ReactNode } from 'react';

import type { ChatMessage } from '../../core/message';
import type { ProChatLocaleStrings } from '../../locale';
import { Markdown, type MarkdownProps } from '../Markdown/Markdown';

const useStyles = createStyles(({ token, css }) => ({
  row: css`
    display: flex;
    gap: ${token.marginSM}px;
    padding: ${token.paddingXS}px ${token.padding}px;
    align-items: flex-start;
  `,
  rowUser: css`
    flex-direction: row-reverse;
  `,
  body: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginXXS}px;
    min-width: 0;
    max-width: min(80%, 760px);
  `,
  bodyUser: css`
    align-items: flex-end;
  `,
  bubble: css`
    padding: ${token.paddingXS}px ${token.paddingSM}px;
    border-radius: ${token.borderRadiusLG}px;
    background: ${token.colorFillTertiary};
    color: ${token.colorText};
    overflow-wrap: anywhere;
    line-height: ${token.lineHeight};
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
    & table {
      border-collapse: collapse;
    }
    & th,
    & td {
      border: 1px solid ${token.colorBorderSecondary};
      padding: ${token.paddingXXS}px ${token.paddingXS}px;
    }
  `,
  bubbleUser: css`
    background: ${token.colorPrimaryBg};
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
  status: css`
    color: ${token.colorTextTertiary};
    font-size: ${token.fontSizeSM}px;
  `,
}));

export interface ChatItemProps {
  message: ChatMessage;
  locale: ProChatLocaleStrings;
  markdownProps?: Omit<MarkdownProps, 'children'>;
  /** Shown for a failed reply; receives the message id. */
  onRetry?: (id: string) => void;
}

/** One message row: avatar, bubble with markdown, and its state (waiting, stopped, failed). */
export const ChatItem = memo(function ChatItem({ message, locale, markdownProps, onRetry }: ChatItemProps) {
  const { styles, cx } = useStyles();
  const isUser = message.role === 'user';
  const waiting = message.status === 'pending' && !message.content;

  let content: ReactNode = null;
  if (waiting) {
    content = (
      <span role="status" aria-label={locale.thinking}>
        <Spin size="small" />
      </span>
    );
  } else if (message.content) {
    content = <Markdown {...markdownProps}>{message.content}</Markdown>;
  }

  return (
    <div
      className={cx(styles.row, isUser && styles.rowUser)}
      data-role={message.role}
      data-status={message.status}
      data-message-id={message.id}
    >
      <Avatar aria-hidden icon={isUser ? <UserOutlined /> : <RobotOutlined />} />
      <div className={cx(styles.body, isUser && styles.bodyUser)}>
        {content !== null && (
          <div className={cx(styles.bubble, isUser && styles.bubbleUser)} data-part="content">
            {content}
          </div>
        )}
        {message.status === 'aborted' && <span className={styles.status}>{locale.stopped}</span>}
        {message.status === 'error' && (
          <div className={styles.error} role="alert">
            <div className={styles.errorText}>
              <strong>{locale.errorTitle}</strong>
              {message.error?.message && <span>{message.error.message}</span>}
            </div>
            {onRetry && (
              <Button size="small" onClick={() => onRetry(message.id)}>
                {locale.retry}
              </Button>
            )}
          </div>
        )}
      </div>
    </div>
  );
});
