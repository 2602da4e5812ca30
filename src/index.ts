/** The chat component, its provider and the imperative API. */
export { ProChat, type ProChatProps } from './ProChat/ProChat';
export { ProChatProvider, type ProChatProviderProps } from './ProChat/ProChatProvider';
export { useProChat } from './ProChat/useProChat';
export type { ProChatInstance } from './ProChat/instance';
export type { ChatDataProps } from './ProChat/ChatSync';

/** Building blocks. */
export { ChatList, type ChatListProps, type ChatItemRenderConfig, type ChatItemRenderProps } from './components/ChatList/ChatList';
export { ChatItem, type ChatItemProps } from './components/ChatItem/ChatItem';
export { Markdown, type MarkdownProps } from './components/Markdown/Markdown';
export { InputArea, type InputAreaProps } from './components/InputArea/InputArea';

/** Framework-free core: message model, request contract, stream reading, errors. */
export { createMessage, createMessageId, type ChatMessage, type ChatMessageStatus, type ChatRole } from './core/message';
export type { ChatRequest, ChatRequestOptions, ChatRequestResult } from './core/request';
export { readTextDeltas } from './core/readTextDeltas';
export { ProChatError, errorFromResponse, type ChatMessageErrorInfo } from './core/errors';
export { animationFrameScheduler, type FrameScheduler } from './core/frame';

/** The store, for use outside React or in tests. */
export { createChatStore, type ChatStoreApi, type CreateChatStoreInit } from './store/createChatStore';
export type { ChatStore, ChatState, ChatActions, ChatStoreOptions, ChatEndReason, NewMessage } from './store/types';
export { selectMessageById, selectMessageIds, selectIsGenerating } from './store/selectors';

/** Locales. */
export { getLocaleStrings, type ProChatLocale, type ProChatLocaleStrings } from './locale';

/** Adapters: server-sent events from model APIs to plain text streams. */
export {
  sseTextStream,
  sseHandlerStream,
  type SSEEvent,
  type SSEEventSink,
  type SSEHandler,
  type SSETextStreamOptions,
} from './adapters/sseTextStream';
export { openAIStream, type OpenAIStreamOptions } from './adapters/openAIStream';
export { qwenStream, type QwenStreamOptions } from './adapters/qwenStream';
export { StreamingTextResponse } from './adapters/StreamingTextResponse';

/** A fake OpenAI-compatible model for demos and tests: real SSE, paced, abortable. */
export {
  createMockModel,
  tokenize,
  toOpenAIMessages,
  type MockFetch,
  type MockModelOptions,
  type MockReply,
  type MockChatMessage,
} from './mock/createMockModel';
