import { createMessage, isModelRole, type RequestMessage, type StoredChatMessage } from './message';
import { withoutThinking } from './thinking';
import { toOpenAITools, type ChatTools, type OpenAIToolDefinition } from './tools';

/** Sampling parameters sent with each request (OpenAI names); any other key is passed on as is. */
export interface ModelParams {
  temperature?: number;
  top_p?: number;
  presence_penalty?: number;
  frequency_penalty?: number;
  max_tokens?: number;
  [key: string]: unknown;
}

/**
 * What to ask the model for, and how to build the messages sent to `request`
 * (@ant-design/pro-chat's `config`).
 */
export interface ModelConfig {
  /** Model name sent in the payload. Default `'gpt-3.5-turbo'` (pro-chat's default). */
  model?: string;
  /** Sampling parameters merged into the payload. */
  params?: ModelParams;
  /** Sent as the first message, with role `system`, before the conversation. */
  systemRole?: string;
  /** With `enableHistoryCount`, only the last `historyCount` messages (the new one included) are sent. */
  historyCount?: number;
  enableHistoryCount?: boolean;
  /** Wraps each user message before it is sent: `{{text}}` stands for what the user wrote. */
  inputTemplate?: string;
}

/** The defaults @ant-design/pro-chat sent, kept so servers written for it see the same payload. */
export const DEFAULT_MODEL_CONFIG = {
  model: 'gpt-3.5-turbo',
  params: { frequency_penalty: 0, presence_penalty: 0, temperature: 0.6, top_p: 1 },
  historyCount: 1,
  enableHistoryCount: false,
  systemRole: '',
  inputTemplate: '',
} satisfies Required<ModelConfig>;

/**
 * The request body fields derived from a config: `model`, `stream: true` and the sampling
 * parameters, with the messages about to be sent.
 */
export interface ModelPayload extends ModelParams {
  model: string;
  stream: boolean;
  messages: RequestMessage[];
  /** The chat's `tools`, in OpenAI's format; absent when it has none. */
  tools?: OpenAIToolDefinition[];
}

const TEMPLATE_SLOT = /\{\{\s*text\s*\}\}/g;

/** Applies `inputTemplate` to a user's text (`{{text}}` is replaced; no other expressions). */
export function applyInputTemplate(template: string | undefined, text: string): string {
  if (!template) return text;
  if (!TEMPLATE_SLOT.test(template)) return template;
  TEMPLATE_SLOT.lastIndex = 0;
  return template.replace(TEMPLATE_SLOT, () => text);
}

/**
 * The messages to send for a history under a config: cut to `historyCount` when enabled, user
 * messages passed through `inputTemplate`, `systemRole` first. Messages shown only as a node (no
 * text) are left out, and so are those whose role no model reads (pro-chat's `function` status
 * rows, an app's own roles), and so is the `<think>` block of earlier replies unless `keepThinking`
 * (models are not meant to read their own past reasoning). The history itself is never changed.
 */
export function buildRequestMessages(
  history: readonly StoredChatMessage[],
  config: ModelConfig | undefined,
  options: { keepThinking?: boolean } = {},
): RequestMessage[] {
  let messages = history.filter((m): m is RequestMessage => isModelRole(m.role) && (m.content !== '' || m.node === undefined));
  if (!options.keepThinking) {
    messages = messages.map((m) => {
      if (m.role !== 'assistant') return m;
      const answer = withoutThinking(m.content);
      return answer === m.content ? m : { ...m, content: answer };
    });
  }
  const count = config?.historyCount;
  if (config?.enableHistoryCount && count !== undefined && count > 0) messages = messages.slice(-count);
  const template = config?.inputTemplate;
  if (template) {
    messages = messages.map((m) => (m.role === 'user' ? { ...m, content: applyInputTemplate(template, m.content) } : m));
  }
  if (config?.systemRole) {
    const first = messages[0]?.createdAt ?? Date.now();
    const system: RequestMessage = {
      ...createMessage({ id: 'system-role', role: 'system', content: config.systemRole, createdAt: first }),
      role: 'system',
    };
    messages = [system, ...messages];
  }
  return messages;
}

/** The payload for a request: pro-chat's defaults, then the config's model and params, then the tools. */
export function buildPayload(config: ModelConfig | undefined, messages: RequestMessage[], tools?: ChatTools): ModelPayload {
  const payload: ModelPayload = {
    ...DEFAULT_MODEL_CONFIG.params,
    ...config?.params,
    model: config?.model ?? DEFAULT_MODEL_CONFIG.model,
    stream: true,
    messages,
  };
  if (tools && Object.keys(tools).length > 0) payload.tools = toOpenAITools(tools);
  return payload;
}
