/**
 * What both entries export: the adapters pro-chat had, the request contract and payload helpers,
 * messages, parts and errors. Nothing here imports React, antd or touches `window`.
 */

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
export { urlRequest, type UrlRequestOptions } from './adapters/urlRequest';
export {
  toOpenAIMessages,
  type OpenAIChatMessage,
  type OpenAIContentPart,
  type OpenAIToolCall,
  type ToOpenAIMessagesOptions,
} from './adapters/toOpenAIMessages';

/** Files sent with a message: what they may be, the input's rules, and reading one into a part. */
export { formatBytes, toFilePart, type ChatAttachment, type AttachmentRules, type AttachmentRefusal } from './core/attachments';

/** The request contract and the payload helpers. */
export {
  classifyResult,
  isReplyWithFields,
  type ClassifiedResult,
  type ChatRequest,
  type ChatRequestOptions,
  type ChatRequestResult,
  type ChatReplyWithFields,
} from './core/request';
export {
  DEFAULT_MODEL_CONFIG,
  applyInputTemplate,
  buildRequestMessages,
  buildPayload,
  type ModelConfig,
  type ModelParams,
  type ModelPayload,
} from './core/modelConfig';
export { readReply, readTextDeltas, type ReplyChunk } from './core/readReply';
export { isUIMessageStream, UI_MESSAGE_STREAM_HEADER } from './core/uiMessageStream';
export { createReplyBuilder, type ReplyBuilder, type ReplySnapshot } from './core/replyBuilder';
export {
  isChatStreamPart,
  type ChatStreamPart,
  type DataPart,
  type FilePart,
  type FinishReason,
  type MessagePart,
  type MessageUsage,
  type ReasoningPart,
  type SourceUrlPart,
  type StepStartPart,
  type TextPart,
  type ToolApproval,
  type ToolCallPart,
  type ToolCallState,
} from './core/parts';
export { splitThinking, withoutThinking, type ThinkingParts } from './core/thinking';
export {
  toOpenAITools,
  type ChatToolCallEvent,
  type ChatToolCallHandler,
  type ChatToolContext,
  type ChatToolDefinition,
  type ChatTools,
  type OpenAIToolDefinition,
} from './core/tools';

/** Messages and errors. */
export {
  answerText,
  createMessage,
  createMessageId,
  hasRichParts,
  messageParts,
  normalizeMessages,
  type ChatMessage,
  type StoredChatMessage,
  type ChatMessageMap,
  type ChatMessageStatus,
  type ChatVersions,
  type MessageVersions,
  type ChatRole,
  type FeedbackValue,
  type ModelRole,
  type RequestMessage,
  isModelRole,
} from './core/message';
export { ProChatError, errorFromResponse, type ChatMessageErrorInfo, type ChatMessageError } from './core/errors';
export { isTransientFailure, type ChatRetryOptions, type ChatTimeouts } from './core/attempt';
