/**
 * title: A tool that runs in the browser
 * description: "`tools` gives the model a `get_weather` tool with `execute`. Ask about the weather somewhere: the model calls the tool, the chat runs it (here a made-up forecast after a short wait), sends the result back and the model answers from it, all in one reply. Press Stop while the tool runs to abort it."
 */
import { ProChat, toOpenAIMessages, type ChatTools } from 'pro-chat-next';
import { createMockModel, type MockReply } from 'pro-chat-next/mock';
import { fromOpenAI } from 'pro-chat-next/server';

import { t } from './_locale';

const tools: ChatTools = {
  get_weather: {
    description: 'The current weather in a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    execute: ({ city }, { signal }) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve({ city, temperature: 12 + (String(city).length % 15), sky: t('cloudy', '多云') }), 1200);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      }),
  },
};

/** The mock model: it calls the tool for a question, and answers once the result is in the conversation. */
function script(messages: Array<{ role: string; content: string }>): MockReply {
  const last = messages.at(-1);
  if (last?.role === 'tool') {
    const { city, temperature, sky } = JSON.parse(last.content) as { city: string; temperature: number; sky: string };
    return { text: t(`It is **${temperature} °C** and ${sky} in ${city}.`, `${city}现在 **${temperature} °C**，${sky}。`) };
  }
  const question = last?.content ?? '';
  const city =
    /\b(?:in|at)\s+([\p{L} ]+?)[?.!]*$/iu.exec(question)?.[1] ?? /(\p{Script=Han}{2,6}?)的?天气/u.exec(question)?.[1] ?? t('Paris', '巴黎');
  return { text: '', toolCalls: [{ name: 'get_weather', input: { city } }] };
}

const fetchModel = createMockModel({ reply: script, tokensPerSecond: 30 });

export default () => (
  <div style={{ height: 420 }}>
    <ProChat
      tools={tools}
      helloMessage={t('Ask "What is the weather in Oslo?"', '问问“杭州天气怎么样？”')}
      request={async (messages, { signal, tools: definitions }) =>
        fromOpenAI(
          await fetchModel('/v1/chat/completions', {
            method: 'POST',
            // The tools' definitions in OpenAI's format, and the history with the calls and results.
            body: JSON.stringify({ messages: toOpenAIMessages(messages), tools: definitions }),
            signal,
          }),
        )
      }
    />
  </div>
);
