/**
 * `pro-chat-next/mock`: a fake model for demos and tests that answers in a real provider's
 * streaming format (OpenAI by default; Responses, Anthropic, Gemini, Ollama, DashScope and the AI
 * SDK's UI message stream on request), paced like a model, and honours the abort signal. A separate entry so apps that do not use it
 * do not ship it.
 */
export {
  createMockModel,
  describeFiles,
  tokenize,
  type MockFetch,
  type MockFile,
  type MockModelOptions,
  type MockReply,
  type MockChatMessage,
} from './createMockModel';
export { createMockRequest } from './createMockRequest';
/**
 * The history converters, the same functions as the main entry's: `toOpenAIMessages` is kept here
 * for apps that imported it from the mock, `toAnthropicMessages` is here beside it.
 */
export { toOpenAIMessages } from '../adapters/toOpenAIMessages';
export { toAnthropicMessages } from '../adapters/toAnthropicMessages';
export type { MockFormat, MockToolCall } from './formats';
