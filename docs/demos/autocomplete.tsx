/**
 * title: Autocomplete
 * description: "`autocompleteRequest(value)` returns suggestions for what has been typed; the input becomes a combobox. Arrow keys move, Enter or a click picks (it fills the input, it does not send), Escape closes. Requests wait until typing pauses and outdated answers are dropped."
 */
import { ProChat, type AutocompleteRequest } from 'pro-chat-next';

import { isZh, t } from './_locale';
import { demoRequest } from './_model';

const prompts = () =>
  isZh()
    ? [
        '解释一下服务器发送事件（SSE），两句话即可',
        '解释 SSE 和 WebSocket 有什么区别',
        '写一首关于流式文本的俳句',
        '写一个会重试 fetch 的 TypeScript 函数',
        '把上一个回答总结成三个要点',
      ]
    : [
        'Explain server-sent events in two sentences',
        'Explain the difference between SSE and WebSockets',
        'Write a haiku about streaming text',
        'Write a TypeScript function that retries a fetch',
        'Summarise the last answer as three bullet points',
      ];

const autocompleteRequest: AutocompleteRequest = async (value) => {
  const query = value.trim().toLowerCase();
  return prompts()
    .filter((p) => p.toLowerCase().startsWith(query) && p.toLowerCase() !== query)
    .map((p) => ({ value: p }));
};

export default () => (
  <div style={{ height: 360 }}>
    <ProChat
      request={demoRequest({ reply: (m) => t(`You said: ${m.at(-1)?.content ?? ''}`, `你说：${m.at(-1)?.content ?? ''}`) })}
      autocompleteRequest={autocompleteRequest}
      placeholder={t('Type “Ex” or “Wr” to see suggestions', '输入“解释”或“写”查看建议')}
    />
  </div>
);
