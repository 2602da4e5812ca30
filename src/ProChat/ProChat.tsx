import { createStyles } from 'antd-style';
import { useCallback, useContext, useImperativeHandle, useMemo, type CSSProperties, type ReactNode, type Ref } from 'react';

import { ChatList, type ChatItemRenderConfig } from '../components/ChatList/ChatList';
import { InputArea } from '../components/InputArea/InputArea';
import { Markdown, type MarkdownProps } from '../components/Markdown/Markdown';
import { getLocaleStrings, type ProChatLocale } from '../locale';
import { ChatContext, useChatContext, useChatStore } from './context';
import { ChatSync } from './ChatSync';
import { createInstance, type ProChatInstance } from './instance';
import { ProChatProvider, type ProChatProviderProps } from './ProChatProvider';

const useStyles = createStyles(({ token, css }) => ({
  root: css`
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
    background: ${token.colorBgContainer};
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize}px;
  `,
  hello: css`
    padding: ${token.padding}px;
    color: ${token.colorTextSecondary};
  `,
}));

export interface ProChatProps extends Omit<ProChatProviderProps, 'children'> {
  /** UI language: 'en-US' (default) or 'zh-CN'. */
  locale?: ProChatLocale;
  /** Input placeholder. */
  placeholder?: string;
  /** Shown while there are no messages: a markdown string or any node. */
  helloMessage?: ReactNode;
  /** Options for the markdown renderer (extra plugins, element overrides). */
  markdownProps?: Omit<MarkdownProps, 'children'>;
  chatItemRenderConfig?: ChatItemRenderConfig;
  /** Receives the imperative API (same as `useProChat()`). */
  chatRef?: Ref<ProChatInstance | undefined>;
  className?: string;
  style?: CSSProperties;
}

function ProChatView({
  locale,
  placeholder,
  helloMessage,
  markdownProps,
  chatItemRenderConfig,
  chatRef,
  className,
  style,
}: ProChatProps) {
  const { styles, cx } = useStyles();
  const context = useChatContext();
  const strings = getLocaleStrings(locale);
  const generating = useChatStore((state) => state.loadingId !== null);
  const instance = useMemo(() => createInstance(context), [context]);
  useImperativeHandle(chatRef, () => instance, [instance]);

  const onSend = useCallback((text: string) => void context.store.getState().sendMessage(text), [context]);
  const onStop = useCallback(() => context.store.getState().stopGenerating(), [context]);

  const empty =
    helloMessage === undefined || helloMessage === null ? null : (
      <div className={styles.hello}>
        {typeof helloMessage === 'string' ? <Markdown {...markdownProps}>{helloMessage}</Markdown> : helloMessage}
      </div>
    );

  return (
    <div className={cx(styles.root, className)} style={style}>
      <ChatList
        locale={strings}
        markdownProps={markdownProps}
        chatItemRenderConfig={chatItemRenderConfig}
        empty={empty}
      />
      <InputArea locale={strings} generating={generating} onSend={onSend} onStop={onStop} placeholder={placeholder} />
    </div>
  );
}

/**
 * A complete chat: message list with streamed markdown replies, and an input with Send / Stop.
 * Give it `request(messages, { signal })`; see `ChatRequest` for what it may return.
 */
export function ProChat(props: ProChatProps) {
  const parent = useContext(ChatContext);
  if (parent) {
    return (
      <>
        <ChatSync context={parent} layer={1} props={props} />
        <ProChatView {...props} />
      </>
    );
  }
  return (
    <ProChatProvider {...props}>
      <ProChatView {...props} />
    </ProChatProvider>
  );
}
