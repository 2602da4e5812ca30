import { createStyles } from 'antd-style';
import { memo, useCallback, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';

import type { ChatMessage } from '../../core/message';
import type { ProChatLocaleStrings } from '../../locale';
import { useChatContext, useChatStore } from '../../ProChat/context';
import { selectMessageById, selectMessageIds } from '../../store/selectors';
import { useIsomorphicLayoutEffect } from '../../utils/useIsomorphicLayoutEffect';
import { ChatItem, type ChatItemProps } from '../ChatItem/ChatItem';
import type { MarkdownProps } from '../Markdown/Markdown';
import { useStickToBottom } from './useStickToBottom';

const useStyles = createStyles(({ token, css }) => ({
  scroller: css`
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  `,
  content: css`
    display: flex;
    flex-direction: column;
    padding: ${token.paddingSM}px 0;
  `,
}));

export interface ChatItemRenderProps {
  message: ChatMessage;
  /** The same message (pro-chat's name for it). */
  originData: ChatMessage;
}

export interface ChatItemRenderConfig {
  /** Replaces a whole row; `defaultDom` is the row ProChat would render. */
  render?: (props: ChatItemRenderProps, defaultDom: ReactNode) => ReactNode;
}

interface RowProps {
  id: string;
  locale: ProChatLocaleStrings;
  markdownProps?: Omit<MarkdownProps, 'children'>;
  renderConfig?: ChatItemRenderConfig;
  onRetry: ChatItemProps['onRetry'];
}

/** Subscribes to one message only, so a streaming reply re-renders its own row and nothing else. */
const ChatRow = memo(function ChatRow({ id, locale, markdownProps, renderConfig, onRetry }: RowProps) {
  const message = useChatStore((state) => selectMessageById(state, id));
  if (!message) return null;
  const row = <ChatItem message={message} locale={locale} markdownProps={markdownProps} onRetry={onRetry} />;
  return <>{renderConfig?.render ? renderConfig.render({ message, originData: message }, row) : row}</>;
});

export interface ChatListProps {
  locale: ProChatLocaleStrings;
  markdownProps?: Omit<MarkdownProps, 'children'>;
  chatItemRenderConfig?: ChatItemRenderConfig;
  /** Shown when there are no messages. */
  empty?: ReactNode;
  className?: string;
}

/** The scrolling message list of the nearest chat store. */
export function ChatList({ locale, markdownProps, chatItemRenderConfig, empty, className }: ChatListProps) {
  const { styles, cx } = useStyles();
  const context = useChatContext();
  const ids = useChatStore(useShallow(selectMessageIds));
  const generating = useChatStore((state) => state.loadingId !== null);
  const { scrollRef, contentRef, scrollToBottom } = useStickToBottom<HTMLDivElement, HTMLDivElement>();

  useIsomorphicLayoutEffect(() => {
    context.scrollHandle.current = scrollToBottom;
    return () => {
      if (context.scrollHandle.current === scrollToBottom) context.scrollHandle.current = null;
    };
  }, [context, scrollToBottom]);

  const onRetry = useCallback((id: string) => void context.store.getState().resendMessage(id), [context]);

  return (
    <div
      ref={scrollRef}
      className={cx(styles.scroller, className)}
      role="log"
      aria-label={locale.messageList}
      aria-busy={generating}
    >
      <div ref={contentRef} className={styles.content}>
        {ids.length === 0
          ? empty
          : ids.map((id) => (
              <ChatRow
                key={id}
                id={id}
                locale={locale}
                markdownProps={markdownProps}
                renderConfig={chatItemRenderConfig}
                onRetry={onRetry}
              />
            ))}
      </div>
    </div>
  );
}
