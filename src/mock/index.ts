/**
 * `pro-chat-next/mock`: a fake OpenAI-compatible model for demos and tests that answers with real
 * SSE, paced like a model, and honours the abort signal. A separate entry so apps that do not use it
 * do not ship it.
 */
export {
  createMockModel,
  tokenize,
  toOpenAIMessages,
  type MockFetch,
  type MockModelOptions,
  type MockReply,
  type MockChatMessage,
} from './createMockModel';
export { createMockRequest } from './createMockRequest';
