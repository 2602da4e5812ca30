/**
 * title: A 5,000-line block
 * description: "A long block is coloured in slices of a few milliseconds, the page staying responsive in between (type in the box while it colours)."
 */
import { ProChat, createMessage } from 'pro-chat-next';

import { demoRequest } from './_model';

const lines = Array.from({ length: 5000 }, (_, i) => `export const value${i} = compute(${i}, "item-${i}"); // line ${i + 1}`);
const file = `Here is the generated file:\n\n\`\`\`ts\n${lines.join('\n')}\n\`\`\`\n`;

const request = demoRequest({ reply: 'Done.' });

export default () => (
  <div style={{ height: 520 }}>
    <ProChat
      request={request}
      initialChats={[
        createMessage({ id: 'q', role: 'user', content: 'Generate a 5,000-line file', createdAt: 1 }),
        createMessage({ id: 'a', role: 'assistant', content: file, parentId: 'q', createdAt: 2 }),
      ]}
    />
  </div>
);
