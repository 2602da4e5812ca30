/**
 * title: A 5,000-line block
 * description: "A long block is coloured in slices of a few milliseconds, the page staying responsive in between (type in the box while it colours)."
 */
import { ProChat, createMessage } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const lines = Array.from({ length: 5000 }, (_, i) => `export const value${i} = compute(${i}, "item-${i}"); // line ${i + 1}`);
const code = `\`\`\`ts\n${lines.join('\n')}\n\`\`\`\n`;

const request = demoRequest({ reply: () => t('Done.', '完成。') });

export default () => (
  <div style={{ height: 520 }}>
    <ProChat
      request={request}
      initialChats={[
        createMessage({ id: 'q', role: 'user', content: t('Generate a 5,000-line file', '生成一个 5,000 行的文件'), createdAt: 1 }),
        createMessage({
          id: 'a',
          role: 'assistant',
          content: `${t('Here is the generated file:', '这是生成的文件：')}\n\n${code}`,
          parentId: 'q',
          createdAt: 2,
        }),
      ]}
    />
  </div>
);
