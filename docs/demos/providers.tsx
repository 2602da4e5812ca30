/**
 * title: One chat, every provider
 * description: Pick a provider. The mock model answers in that provider's own streaming format and the chat reads it with that provider's reader from `pro-chat-next/server`. Ask about the weather somewhere to get a tool call whose arguments stream into a card; ask anything else for reasoning and a plain answer. The token tag adds up each reply's `usage`, as the provider reported it.
 */
import { Flex, Segmented } from 'antd';
import { useState } from 'react';

import { ProChat, TokenTag, type ChatRequest, type ChatStreamPart } from 'pro-chat-next';
import { createMockModel, type MockFormat, type MockReply } from 'pro-chat-next/mock';
import {
  fromAnthropic,
  fromGemini,
  fromOllama,
  fromOpenAI,
  fromOpenAIResponses,
  fromQwen,
  fromUIMessageStream,
} from 'pro-chat-next/server';

import { t } from './_locale';

/** Each provider: where a real app would send the request, and the reader for its stream. */
const providers: Record<MockFormat, { label: string; url: string; read: (response: Response) => ReadableStream<ChatStreamPart> }> = {
  openai: { label: 'OpenAI', url: '/v1/chat/completions', read: (response) => fromOpenAI(response) },
  'openai-responses': { label: 'Responses', url: '/v1/responses', read: fromOpenAIResponses },
  anthropic: { label: 'Anthropic', url: '/v1/messages', read: fromAnthropic },
  gemini: { label: 'Gemini', url: '/v1beta/models/gemini:streamGenerateContent?alt=sse', read: fromGemini },
  ollama: { label: 'Ollama', url: '/api/chat', read: fromOllama },
  qwen: {
    label: 'Qwen',
    url: '/api/v1/services/aigc/text-generation/generation',
    read: (response) => fromQwen(response, { incremental: true }),
  },
  'ui-message-stream': { label: 'AI SDK', url: '/api/chat', read: fromUIMessageStream },
};

/** What the mock model says: a weather question calls a tool, anything else is thought over first. */
function script(question: string): MockReply {
  const named = /\b(?:in|at)\s+([\p{L} ]+?)[?.!]*$/iu.exec(question)?.[1] ?? /(\p{Script=Han}{2,6}?)的?天气/u.exec(question)?.[1];
  const city = /weather|天气/i.test(question) ? (named ?? t('Paris', '巴黎')) : '';
  if (city) {
    return {
      text: t(`Let me look up the weather in ${city}.`, `我来查一下${city}的天气。`),
      toolCalls: [
        // The AI SDK's servers run tools themselves, so its stream also carries the result.
        { name: 'get_weather', input: { city, unit: 'celsius' }, output: { city, temperature: 18, sky: t('clear', '晴') } },
      ],
    };
  }
  return {
    reasoning: t('A general question: answer briefly, in one paragraph.', '一个一般性的问题：用一段话简短回答。'),
    text: t(
      `You asked: "${question}". Every provider's stream ends up as the same parts: reasoning, text, tool calls, usage.`,
      `你问的是：“${question}”。每个服务商的流最终都成为同样的部件：推理、文本、工具调用、用量。`,
    ),
  };
}

function providerRequest(format: MockFormat): ChatRequest {
  const fetchModel = createMockModel({ format, reply: (messages) => script(messages.at(-1)?.content ?? ''), tokensPerSecond: 30 });
  const provider = providers[format];
  return async (messages, { signal }) => {
    const response = await fetchModel(provider.url, {
      method: 'POST',
      body: JSON.stringify({ messages: messages.map(({ role, content }) => ({ role, content })), stream: true }),
      signal,
    });
    return provider.read(response);
  };
}

export default () => {
  const [format, setFormat] = useState<MockFormat>('anthropic');
  const [used, setUsed] = useState(0);
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Segmented<MockFormat>
          value={format}
          onChange={(value) => {
            setFormat(value);
            setUsed(0);
          }}
          options={(Object.keys(providers) as MockFormat[]).map((value) => ({ value, label: providers[value].label }))}
        />
        <TokenTag maxValue={4000} value={used} displayMode="used" />
      </Flex>
      <div style={{ height: 460 }}>
        <ProChat
          key={format}
          helloMessage={t(
            `Reading ${providers[format].label}'s stream. Try "What is the weather in Lisbon?"`,
            `正在读取 ${providers[format].label} 的流。试试“杭州的天气怎么样？”`,
          )}
          request={providerRequest(format)}
          // Each reply's `usage` is what the provider reported.
          onChatsChange={(chats) => setUsed(chats.reduce((sum, chat) => sum + (chat.usage?.totalTokens ?? 0), 0))}
        />
      </div>
    </Flex>
  );
};
