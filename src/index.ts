/** The chat component, its provider and the imperative API. */
export { ProChat, type ProChatProps, type ProChatParts } from './ProChat/ProChat';
export { ProChatProvider, type ProChatProviderProps } from './ProChat/ProChatProvider';
export { useProChat } from './ProChat/useProChat';
export type { ProChatInstance, PushedStream } from './ProChat/instance';
export type { ChatDataProps } from './ProChat/ChatSync';

/** Building blocks. */
export { ChatList, type ChatListProps, type ChatListItemProps } from './components/ChatList/ChatList';
/** The built-in message actions (copy, regenerate, edit, delete), for a custom action bar. */
export { useMessageActions, type MessageActions, type MessageActionsOptions } from './components/ChatList/useMessageActions';
export { ChatItem, type ChatItemComponentProps } from './components/ChatItem/ChatItem';
/**
 * What render hooks receive about a row, under @ant-design/pro-chat's name (its docs annotate
 * `contentRender: (props: ChatItemProps, defaultDom) => …`).
 */
export type { ChatItemRenderProps as ChatItemProps } from './components/ChatItem/types';
export type {
  ChatItemRenderConfig,
  ChatItemRenderProps,
  ChatItemActionHandles,
  ChatItemActionsConfig,
  ChatItemCustomAction,
} from './components/ChatItem/types';
export { ChatAvatar, type ChatAvatarProps } from './components/ChatItem/ChatAvatar';
export {
  MessageParts,
  PartRenderersContext,
  readableArguments,
  ToolCallCard,
  type MessagePartsProps,
  type PartRender,
  type PartRenderers,
  type PartRenderMap,
  type ToolCallCardProps,
  type ToolCallHelpers,
  type ToolRender,
  type ToolRenderMap,
} from './components/MessageParts';
export { Markdown, preloadMarkdown, type MarkdownProps } from './markdown/Markdown';
export type { ImagePolicy } from './markdown/imagePolicy';
/** Types of `markdownProps.components` and the plugin lists (the same shapes as react-markdown's). */
export type { Components as MarkdownComponents, ExtraProps as MarkdownExtraProps, PluginList } from './markdown/markdownTypes';
export { FencedBlock as CodeBlock } from './markdown/MarkdownPre';
/** Page-wide highlighter settings: run Shiki in a Web Worker (`pro-chat-next/highlight-worker`). */
export { configureHighlighter, type HighlighterOptions } from './markdown/code/tokenizer';
export { InputArea, type InputAreaProps, type InputAreaTextProps, type InputAreaHandle } from './components/InputArea/InputArea';
export type { AutocompleteRequest, AutocompleteOption } from './components/InputArea/useAutocomplete';
export type { AttachmentOptions, AttachmentUploadContext, UploadedAttachment } from './components/InputArea/useAttachments';
export { ActionBar, type ActionBarProps, type ActionBarConfig } from './components/InputArea/ActionBar';
export type { ChatModelOption } from './components/InputArea/ModelPicker';
export type { VoiceInputOptions, SpeechToText } from './components/InputArea/useVoiceInput';
export { BackBottom, type BackBottomProps } from './ui/BackBottom';
export { CopyButton, type CopyButtonProps } from './ui/CopyButton';
export { Prompts, type PromptsProps, type ChatPrompt } from './ui/Prompts';
export { Welcome, type WelcomeProps } from './ui/Welcome';
export type { FollowUpSuggestions } from './components/ChatList/FollowUps';
export { EditableMessage, type EditableMessageProps } from './ui/EditableMessage';
export { MessageInput, type MessageInputProps, type MessageInputType } from './ui/MessageInput';
export { TokenTag, getTokenStatus, type TokenTagProps, type TokenTagStatus } from './ui/TokenTag';
export { ActionIconGroup, type ActionIconGroupProps, type ActionIconItem } from './ui/ActionIconGroup';
export type { MetaData } from './components/ChatItem/meta';
export { useSmoothText } from './components/ChatItem/useSmoothText';
export { ThinkingPanel, type ThinkingPanelProps } from './components/ThinkingPanel/ThinkingPanel';

/**
 * Framework-free core and the adapters: the message model, the request contract, stream reading,
 * errors, and server-sent events from model APIs to text. `pro-chat-next/server` has these too,
 * plus the provider readers (`fromOpenAI`, `fromAnthropic`, …).
 */
export * from './shared';
export { animationFrameScheduler, type FrameScheduler } from './core/frame';

/** The store, for use outside React or in tests. */
export type { ChatDevtoolsOptions } from './store/devtools';
export { createChatStore, type ChatStoreApi, type CreateChatStoreInit } from './store/createChatStore';
export type {
  ChatStore,
  ChatState,
  ChatActions,
  ChatStoreOptions,
  ChatEndReason,
  NewMessage,
  DeleteMessageOptions,
  EditMessageOptions,
  SendMessageOptions,
} from './store/types';
export { selectMessageById, selectMessageIds, selectIsGenerating, selectVersionsOf } from './store/selectors';

/** The type of a conversation manager, for `<ProChat conversations>`; the rest is `pro-chat-next/conversations`. */
export type { ConversationsApi } from './conversations/createConversations';
export type { LoadMoreHistory } from './components/ChatList/OlderHistory';
export type { ConversationMeta, ConversationsState, ConversationsStore } from './conversations/types';

/** Locales. */
export {
  getLocaleStrings,
  loadLocaleStrings,
  isKnownLocale,
  SUPPORTED_LOCALES,
  type ProChatLocale,
  type ProChatSupportedLocale,
  type ProChatLocaleStrings,
} from './locale';
/** @ant-design/pro-chat's name for the locale tag type. */
export type { ProChatLocale as Locale } from './locale';

// The mock model (createMockModel, createMockRequest) is imported from `pro-chat-next/mock`, so apps
// that do not use it do not ship it.

/** Persistence: keep a conversation across reloads. */
export { localStorageAdapter, type ChatStorage, type SavedConversation, type LocalStorageOptions } from './persistence/storage';
export { indexedDBAdapter, type IndexedDBOptions } from './persistence/indexedDB';
export { restoreConversation, restoreMessages, type RestoredConversation } from './persistence/restore';
export { persistChat, type PersistChatOptions } from './persistence/persistChat';
