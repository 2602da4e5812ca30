/**
 * title: Mermaid diagrams
 * description: "A ```mermaid fence in a reply shows its source while it streams and becomes a diagram once the reply moves on (mermaid loads with the first diagram, at its strict security level: no click callbacks, no HTML labels). Show source and Copy sit above it; a diagram that does not parse keeps its source, with the parser's message. Dark mode follows the theme. Send a ```mermaid fence of your own and the mock model answers with it."
 */
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const flow = [
  '```mermaid',
  'flowchart LR',
  `  Q[${t('Question', '问题')}] --> R{${t('Tools?', '需要工具？')}}`,
  `  R -- ${t('yes', '是')} --> T[${t('Call the tool', '调用工具')}] --> A`,
  `  R -- ${t('no', '否')} --> A[${t('Answer', '回答')}]`,
  '```',
].join('\n');

const request = demoRequest(
  {
    reply: (messages) => {
      const asked = String(messages.at(-1)?.content ?? '');
      if (asked.trim().startsWith('```mermaid')) return asked;
      return `${t('Here is how a reply is made:', '回复是这样产生的：')}\n\n${flow}\n\n${t('Each step streams as it happens.', '每一步都会实时流式输出。')}`;
    },
    tokensPerSecond: 120,
  },
  { live: false },
);

export default () => (
  <div style={{ height: 460 }}>
    <ProChat request={request} helloMessage={t('Ask anything to get a diagram.', '随便问点什么，会得到一张图。')} />
  </div>
);
