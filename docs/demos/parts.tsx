/**
 * title: Reasoning, tool calls and sources
 * description: "`request` returns a stream of part events (the AI SDK's UI message stream protocol): the reasoning goes to the thinking panel, the tool call shows as a card whose arguments stream in, then the answer and its sources. Open the card to see the arguments and the result."
 */
import { ProChat, type ChatStreamPart } from 'pro-chat-next';

import { t } from './_locale';

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/** A scripted reply, as a server that called a weather tool would stream it. */
function weatherReply(city: string): ChatStreamPart[] {
  const words = (text: string, id: string, type: 'text-delta' | 'reasoning-delta'): ChatStreamPart[] =>
    text.split(/(?<= )/).map((delta) => ({ type, id, delta }));
  const args = JSON.stringify({ city, unit: 'celsius' });
  return [
    { type: 'reasoning-start', id: 'r' },
    ...words(
      t(`The user asks about the weather in ${city}. I should call get_weather.`, `用户想知道${city}的天气，应该调用 get_weather。`),
      'r',
      'reasoning-delta',
    ),
    { type: 'reasoning-end', id: 'r' },
    { type: 'tool-input-start', toolCallId: 'call_1', toolName: 'get_weather' },
    ...args.match(/.{1,6}/g)!.map((inputTextDelta): ChatStreamPart => ({ type: 'tool-input-delta', toolCallId: 'call_1', inputTextDelta })),
    { type: 'tool-input-available', toolCallId: 'call_1', toolName: 'get_weather', input: { city, unit: 'celsius' } },
    { type: 'tool-output-available', toolCallId: 'call_1', output: { city, temperature: 18, sky: t('clear', '晴') } },
    { type: 'text-start', id: 't' },
    ...words(t(`It is **18 °C** and clear in ${city} right now.`, `${city}现在 **18 °C**，天气晴朗。`), 't', 'text-delta'),
    { type: 'text-end', id: 't' },
    { type: 'source-url', sourceId: 's1', url: 'https://weather.example/forecast', title: t('Weather service', '天气服务') },
    { type: 'finish', finishReason: 'stop', usage: { inputTokens: 64, outputTokens: 38, totalTokens: 102 } },
  ];
}

export default () => (
  <div style={{ height: 460 }}>
    <ProChat
      helloMessage={t('Ask about the weather somewhere, e.g. "Paris".', '问问某个地方的天气，比如“巴黎”。')}
      request={async function* (messages, { signal }) {
        const city = String(messages.at(-1)?.content ?? '').trim() || 'Paris';
        for (const part of weatherReply(city)) {
          await sleep(part.type === 'tool-output-available' ? 700 : 60, signal);
          yield part;
        }
      }}
    />
  </div>
);
