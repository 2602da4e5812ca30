/**
 * title: Model picker
 * description: "`models` puts a select at the start of the bar above the input. The pick is sent as `config.model` (the mock says which model answered), and it is the conversation's own: saved with it (`storage`), and remembered per conversation with `pro-chat-next/conversations`."
 */
import { ProChat, type ChatRequest } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const models = [
  { value: 'gpt-4o-mini', label: 'GPT-4o mini' },
  { value: 'qwen-max', label: 'Qwen Max' },
  { value: 'claude-sonnet', label: 'Claude Sonnet' },
];

const request: ChatRequest = (messages, options) =>
  demoRequest(
    {
      model: options.model,
      reply: () =>
        t(`**${options.model}** answers: “${messages.at(-1)?.content}”.`, `**${options.model}** 回答：“${messages.at(-1)?.content}”。`),
    },
    { live: false },
  )(messages, options, options.signal);

export default () => (
  <div style={{ height: 380 }}>
    <ProChat
      request={request}
      models={models}
      config={{ model: 'gpt-4o-mini' }}
      helloMessage={t('Pick a model above the input, then send.', '在输入框上方选一个模型，然后发送。')}
    />
  </div>
);
