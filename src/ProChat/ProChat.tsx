'use client';

import type { ButtonProps, GetProps } from 'antd';
import { ConfigProvider, Input } from 'antd';
import { createStyles } from 'antd-style';
import {
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type DragEvent,
  type ReactNode,
  type Ref,
  type UIEvent,
} from 'react';

import type { BackBottomProps } from '../ui/BackBottom';
import type { ChatItemRenderConfig } from '../components/ChatItem/types';
import { ChatList, type ChatListProps } from '../components/ChatList/ChatList';
import type { LoadMoreHistory } from '../components/ChatList/OlderHistory';
import { chatItemStyles } from '../components/ChatItem/ChatItem.styles';
import { codeBlockStyles } from '../markdown/code/CodeBlock';
import { ActionBar, type ActionBarConfig } from '../components/InputArea/ActionBar';
import { QueuedMessages } from '../components/InputArea/QueuedMessages';
import { InputArea, type InputAreaHandle, type InputAreaTextProps } from '../components/InputArea/InputArea';
import type { AutocompleteRequest } from '../components/InputArea/useAutocomplete';
import type { AttachmentOptions } from '../components/InputArea/useAttachments';
import type { ChatAttachment } from '../core/attachments';
import { Markdown, type MarkdownProps } from '../markdown/Markdown';
import type { ProChatLocale, ProChatLocaleStrings } from '../locale';
import { ChatLocaleContext } from '../locale/context';
import { useLocaleStrings } from '../locale/useLocaleStrings';
import { selectIsGenerating } from '../store/selectors';
import type { MetaData } from '../components/ChatItem/meta';
import { ChatPersistence } from '../persistence/ChatPersistence';
import { ChatSync } from './ChatSync';
import { Prompts, promptMessage, type ChatPrompt } from '../ui/Prompts';
import { Welcome, type WelcomeProps } from '../ui/Welcome';
import type { ChatModelOption } from '../components/InputArea/ModelPicker';
import type { VoiceInputOptions } from '../components/InputArea/useVoiceInput';
import type { FollowUpSuggestions } from '../components/ChatList/FollowUps';
import { ChatContext, useChatContext, useChatStore } from '../store/react';
import { createInstance, type ProChatInstance } from './instance';
import { ProChatProvider, type ProChatProviderProps } from './ProChatProvider';
import { ReplyAnnouncer } from './ReplyAnnouncer';
import { PartRenderersContext, type PartRenderMap, type ToolRenderMap } from '../components/MessageParts/partRenderers';

// antd's Select is loaded only by chats that offer models.
const ModelPicker = lazy(() => import('../components/InputArea/ModelPicker').then((module) => ({ default: module.ModelPicker })));

const useStyles = createStyles(({ token, css }) => ({
  modelPlaceholder: css`
    display: inline-block;
    height: ${token.controlHeightSM}px;
  `,
  root: css`
    display: flex;
    flex-direction: column;
    height: 100%;
    width: 100%;
    min-height: 0;
    position: relative;
    background: ${token.colorBgContainer};
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize}px;
  `,
  hello: css`
    display: flex;
    flex-direction: column;
    gap: ${token.marginSM}px;
    padding: ${token.padding}px;
    color: ${token.colorTextSecondary};
  `,
  footer: css`
    flex: none;
  `,
  drop: css`
    position: absolute;
    inset: ${token.paddingXS}px;
    z-index: ${token.zIndexPopupBase};
    display: flex;
    align-items: center;
    justify-content: center;
    border: 2px dashed ${token.colorPrimaryBorder};
    border-radius: ${token.borderRadiusLG}px;
    background: ${token.colorBgMask};
    color: ${token.colorTextLightSolid};
    font-size: ${token.fontSizeLG}px;
    pointer-events: none;
  `,
}));

/** Class names and styles for each part. */
export interface ProChatParts<T> {
  root?: T;
  list?: T;
  inputArea?: T;
  actionBar?: T;
}

export interface ProChatProps extends Omit<ProChatProviderProps, 'children'> {
  /**
   * UI language: a tag ('en-US', 'zh-CN', 'zh-HK', 'de-DE', 'cs-CZ', 'hu-HU', 'pl-PL' or 'sk-SK'), or
   * the strings themselves, e.g. `import deDE from 'pro-chat-next/locale/de-DE'`. Tags other than
   * en-US and zh-CN load their strings on demand and show English until then; pass the strings
   * when the server renders the chat. When unset, follows antd's ConfigProvider locale (English by
   * default); unknown tags fall back to English.
   */
  locale?: ProChatLocale | ProChatLocaleStrings;
  /** Input placeholder. */
  placeholder?: string;
  /**
   * Writing direction: `rtl` mirrors the chat (the user's bubbles on the left, the input's button
   * on the left) for Arabic, Hebrew, Persian and Urdu. Defaults to the nearest antd
   * ConfigProvider's `direction`, else `ltr`.
   */
  direction?: 'ltr' | 'rtl';
  /** Shown while there are no messages: a markdown string or any node. */
  helloMessage?: ReactNode;
  /** A welcome block for the empty chat, above `helloMessage` and the prompts. */
  welcome?: WelcomeProps;
  /**
   * Prompt cards of the empty chat. A click sends the prompt's `message` (or its label when that is
   * text), unless `onPromptClick` is given.
   */
  prompts?: readonly ChatPrompt[];
  /** Replaces what a prompt card's click does (fill the input, open a form, …). */
  onPromptClick?: (prompt: ChatPrompt) => void;
  /**
   * Follow-up suggestions under the last reply once it is done: a list, or
   * `(messages) => string[] | Promise<string[]>`, called after each reply (it may ask a model;
   * a failure shows none). A reply's own `data-suggestions` part wins. A click sends it.
   */
  suggestions?: FollowUpSuggestions;
  /**
   * Models the user may pick from, in a select at the start of the bar above the input. The pick
   * is sent as `config.model`, is the chat store's `model`, and is saved with the conversation
   * (so each conversation remembers its own).
   */
  models?: readonly ChatModelOption[];
  /** Called when the user picks a model. */
  onModelChange?: (model: string) => void;
  /**
   * A microphone button in the input: `true` uses the browser's speech recognition (the button is
   * hidden where there is none) and shows the words in the box as they are spoken; or
   * `{ speechToText(audio, { signal }) }` records and sends the audio to your server. The language
   * is the chat's locale unless `lang` says otherwise.
   * @default false
   */
  voiceInput?: boolean | VoiceInputOptions;
  /**
   * A Read aloud action on replies (the browser's speech synthesis, in the chat's language), and
   * Stop while it reads. Hidden where the browser cannot speak.
   * @default false
   */
  readAloud?: boolean;
  /** Show a skeleton while the history loads. */
  loading?: boolean;
  userMeta?: MetaData;
  assistantMeta?: MetaData;
  /** Show the name (and time) above each message. */
  showTitle?: boolean;
  /** `chat`: bubbles left and right (default); `docs`: a document-style column. */
  displayMode?: 'chat' | 'docs';
  /** Reveal streamed text at a steady pace on animation frames (default true; off under reduced motion). */
  smoothOutput?: boolean;
  /**
   * After saving an edited user message, regenerate its reply. Default: true, unless
   * `chatItemRenderConfig.actionsCallbacks.onEditFinished` is given (then the app decides, as in pro-chat).
   */
  regenerateOnEdit?: boolean;
  /** Options for the markdown renderer (element overrides, plugins). GFM is always on. */
  markdownProps?: Omit<MarkdownProps, 'children'>;
  /**
   * Render message parts your way, by part type (`'tool-call'`, `'source-url'`, `'file'`,
   * `'reasoning'`, `'data-weather'`, …): `(part, message) => ReactNode`, called as the part streams.
   * Return `undefined` to keep the default for that part. Data parts show nothing by default.
   */
  partRender?: PartRenderMap;
  /** Render tool calls by tool name: `{ get_weather: (part) => <WeatherCard {...part} /> }`; wins over `partRender['tool-call']`. */
  toolRender?: ToolRenderMap;
  /**
   * A finished reply with at least this many steps (the model asked again after its tool calls)
   * folds its working steps under one summary, with the answer below; `false` never folds.
   * @default 3
   */
  collapseSteps?: number | false;
  chatItemRenderConfig?: ChatItemRenderConfig;
  messageItemExtraRender?: ChatListProps['messageItemExtraRender'];
  renderErrorMessages?: ChatListProps['renderErrorMessages'];
  /** Return false to skip re-rendering a row; gets the message's fields plus `loading` (pro-chat's signature). */
  itemShouldUpdate?: ChatListProps['itemShouldUpdate'];
  /** Passed to the textarea; `value` + `onChange(value)` make it controlled. */
  inputAreaProps?: InputAreaTextProps;
  /** The bar above the input (clear conversation). */
  actions?: ActionBarConfig;
  /** Replace the whole input area (`null` hides it). */
  inputAreaRender?: ((defaultDom: ReactNode, onSend: (text: string) => void, onClear: () => void) => ReactNode) | null;
  /** @deprecated pro-chat's old name for `inputAreaRender`. */
  renderInputArea?: ProChatProps['inputAreaRender'];
  /**
   * Let the user attach files to a message: an attach button, paste into the box, and drop onto
   * the chat. `true` for the defaults, or the rules (`accept`, `maxFiles`, `maxSize`), `upload`
   * and `imageMaxEdge`. Without `upload` files travel in the message as data URLs.
   * @default false
   */
  attachments?: boolean | AttachmentOptions;
  /** Suggestions under the input as the user types; the input becomes a combobox. See `AutocompleteRequest`. */
  autocompleteRequest?: AutocompleteRequest;
  /** Replace the textarea. */
  inputRender?: (defaultDom: ReactNode, onSend: (text: string) => void, defaultProps: GetProps<typeof Input.TextArea>) => ReactNode;
  /** Replace the Send / Stop button. */
  sendButtonRender?: (defaultDom: ReactNode, defaultProps: ButtonProps) => ReactNode;
  backToBottomConfig?: Omit<BackBottomProps, 'onClick' | 'visible'>;
  onScroll?: (event: UIEvent<HTMLDivElement>) => void;
  /**
   * Older history on demand: when the user scrolls to the top, called with the oldest message
   * shown; resolves to the messages before it (oldest first), put above without moving what the
   * user reads, or to none when there are no more. A spinner shows while it runs, the error and
   * Retry when it fails.
   */
  loadMoreHistory?: LoadMoreHistory;
  /** Receives the imperative API (same as `useProChat()`). */
  chatRef?: Ref<ProChatInstance | undefined>;
  className?: string;
  style?: CSSProperties;
  /** Style of the outermost element (pro-chat's wrapper style); `style` is applied after it. */
  appStyle?: CSSProperties;
  classNames?: ProChatParts<string>;
  styles?: ProChatParts<CSSProperties>;
}

function ProChatView({
  locale,
  direction: directionProp,
  placeholder,
  helloMessage,
  welcome,
  prompts,
  onPromptClick,
  suggestions,
  models,
  onModelChange,
  voiceInput: voiceInputProp,
  readAloud,
  config,
  loading,
  userMeta,
  assistantMeta,
  showTitle,
  displayMode,
  smoothOutput,
  regenerateOnEdit,
  markdownProps,
  partRender,
  toolRender,
  collapseSteps,
  onFeedback,
  chatItemRenderConfig,
  messageItemExtraRender,
  renderErrorMessages,
  itemShouldUpdate,
  inputAreaProps,
  actions,
  inputAreaRender: inputAreaRenderProp,
  renderInputArea,
  autocompleteRequest,
  attachments: attachmentsProp,
  whileGenerating,
  loadMoreHistory,
  inputRender,
  sendButtonRender,
  backToBottomConfig,
  onScroll,
  chatRef,
  className,
  style,
  appStyle,
  classNames,
  styles: partStyles,
}: ProChatProps) {
  const { styles, cx } = useStyles();
  const renderers = useMemo(() => ({ partRender, toolRender, collapseSteps }), [partRender, toolRender, collapseSteps]);
  const context = useChatContext();
  const strings = useLocaleStrings(locale);
  const antdLocale = useContext(ConfigProvider.ConfigContext).locale?.locale;
  // Speech needs a language tag: the locale prop's, else antd's, else the page's.
  const speechLang = typeof locale === 'string' ? locale : antdLocale;
  const voiceInput = useMemo(() => (voiceInputProp === true ? {} : voiceInputProp || undefined), [voiceInputProp]);
  const antdDirection = useContext(ConfigProvider.ConfigContext).direction;
  const direction = directionProp ?? antdDirection ?? 'ltr';
  const streaming = useChatStore(selectIsGenerating);
  const instance = useMemo(() => createInstance(context), [context]);
  useImperativeHandle(chatRef, () => instance, [instance]);
  const input = useRef<InputAreaHandle>(null);

  const onSend = useCallback(
    (text: string, files?: ChatAttachment[]) => void instance.sendMessage(text, files ? { files } : undefined),
    [instance],
  );
  const attachments = useMemo(() => (attachmentsProp === true ? {} : attachmentsProp || undefined), [attachmentsProp]);
  // Files dragged over the chat (with an input to take them). The browser repeats dragover while
  // the pointer is over the chat, so the overlay stays while those keep coming and goes soon after
  // they stop: no enter / leave counting to get stuck when a node under the pointer is replaced.
  const [dragging, setDragging] = useState(false);
  const dragTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const carriesFiles = (event: DragEvent) => !!attachments && !!input.current && [...event.dataTransfer.types].includes('Files');
  const dragHere = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragging(true);
    clearTimeout(dragTimer.current);
    dragTimer.current = setTimeout(() => setDragging(false), 250);
  };
  useEffect(() => () => clearTimeout(dragTimer.current), []);
  if (dragging && !attachments) setDragging(false);
  const onStop = useCallback(() => context.store.getState().stopGenerating(), [context]);
  const onClear = useCallback(() => context.store.getState().resetMessages(), [context]);
  const inputAreaRender = inputAreaRenderProp === undefined ? renderInputArea : inputAreaRenderProp;

  const hasHello = helloMessage !== undefined && helloMessage !== null;
  const empty =
    !hasHello && !welcome && !prompts?.length ? null : (
      <div className={styles.hello}>
        {welcome && <Welcome {...welcome} />}
        {hasHello && (typeof helloMessage === 'string' ? <Markdown {...markdownProps}>{helloMessage}</Markdown> : helloMessage)}
        {prompts && (
          <Prompts
            items={prompts}
            label={strings.prompts}
            onItemClick={(prompt) => (onPromptClick ? onPromptClick(prompt) : onSend(promptMessage(prompt)))}
          />
        )}
      </div>
    );

  const defaultInputArea = (
    <div className={styles.footer}>
      <ActionBar
        locale={strings}
        onClear={() => void onClear()}
        start={
          models?.length ? (
            <Suspense fallback={<span className={styles.modelPlaceholder} />}>
              <ModelPicker models={models} fallback={config?.model} strings={strings} onChange={onModelChange} />
            </Suspense>
          ) : undefined
        }
        {...actions}
        className={classNames?.actionBar}
        style={partStyles?.actionBar}
      />
      <QueuedMessages strings={strings} />
      <InputArea
        ref={input}
        locale={strings}
        generating={streaming}
        queueWhileGenerating={whileGenerating === 'queue'}
        onSend={onSend}
        onStop={onStop}
        placeholder={placeholder}
        inputAreaProps={inputAreaProps}
        inputRender={inputRender}
        sendButtonRender={sendButtonRender}
        autocompleteRequest={autocompleteRequest}
        attachments={attachments}
        voiceInput={voiceInput}
        speechLang={speechLang}
        className={classNames?.inputArea}
      />
    </div>
  );

  return (
    <ChatLocaleContext.Provider value={strings}>
      <PartRenderersContext.Provider value={renderers}>
        {/* Escape is caught here, on its way up from whichever part of the chat has the focus; the root is not a control. */}
        {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
        <div
          className={cx(styles.root, className, classNames?.root)}
          dir={direction}
          style={{ ...appStyle, ...style, ...partStyles?.root }}
          onKeyDown={(event) => {
            // Escape stops a running reply from anywhere in the chat.
            // (Not when a part inside handled it, e.g. cancelling an edit or closing suggestions.)
            if (event.key === 'Escape' && !event.defaultPrevented && context.store.getState().loadingId) {
              context.store.getState().stopGenerating();
              input.current?.focus();
            }
          }}
          onDragEnter={dragHere}
          onDragOver={dragHere}
          onDrop={(event) => {
            clearTimeout(dragTimer.current);
            setDragging(false);
            if (!carriesFiles(event)) return;
            event.preventDefault();
            input.current?.addFiles([...event.dataTransfer.files]);
          }}
        >
          {dragging && (
            <div className={styles.drop} data-part="drop-zone">
              {strings.dropFiles}
            </div>
          )}
          <chatItemStyles.Provider>
            <codeBlockStyles.Provider>
              <ChatList
                locale={strings}
                markdownProps={markdownProps}
                chatItemRenderConfig={chatItemRenderConfig}
                userMeta={userMeta}
                assistantMeta={assistantMeta}
                displayMode={displayMode}
                showTitle={showTitle}
                smoothOutput={smoothOutput}
                feedback={!!onFeedback}
                readAloud={readAloud}
                speechLang={speechLang}
                regenerateOnEdit={regenerateOnEdit}
                messageItemExtraRender={messageItemExtraRender}
                renderErrorMessages={renderErrorMessages}
                itemShouldUpdate={itemShouldUpdate}
                empty={empty}
                loading={loading}
                backToBottomConfig={backToBottomConfig}
                onScroll={onScroll}
                loadMoreHistory={loadMoreHistory}
                suggestions={suggestions}
                className={classNames?.list}
                style={partStyles?.list}
              />
            </codeBlockStyles.Provider>
          </chatItemStyles.Provider>
          <ReplyAnnouncer strings={strings} />
          {inputAreaRender === null
            ? null
            : inputAreaRender
              ? inputAreaRender(defaultInputArea, onSend, () => void onClear())
              : defaultInputArea}
        </div>
      </PartRenderersContext.Provider>
    </ChatLocaleContext.Provider>
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
        {props.storage && <ChatPersistence store={parent.store} storage={props.storage} saveInterval={props.saveInterval} />}
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
