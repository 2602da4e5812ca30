/**
 * title: Versions of a question and of a reply
 * description: Regenerate a reply, or edit a question and save it, and what was there is kept as a version. The `< 2 / 3 >` picker on the message switches between them; the turns that followed each version come back with it, and the model is only ever sent the versions on screen. `branching={false}` overwrites instead, as pro-chat did.
 */
import { ProChat, type ChatMessage } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

let answer = 0;
const request = demoRequest({
  reply: (messages) => {
    answer += 1;
    const question = messages.at(-1)?.content ?? '';
    return t(
      `Answer ${answer} to “${question}”, written from the ${messages.length} ${messages.length === 1 ? 'message' : 'messages'} on screen.`,
      `对“${question}”的第 ${answer} 个回答，依据屏幕上的 ${messages.length} 条消息写成。`,
    );
  },
  tokensPerSecond: 60,
});

const initialChats: ChatMessage[] = [
  { id: 'q1', role: 'user', content: t('Suggest a name for a cat', '给猫起个名字'), createdAt: 1, updatedAt: 1 },
  { id: 'a1', role: 'assistant', content: t('How about Miso?', '叫“味噌”怎么样？'), parentId: 'q1', createdAt: 2, updatedAt: 2 },
  { id: 'q2', role: 'user', content: t('Why that one?', '为什么是这个？'), createdAt: 3, updatedAt: 3 },
  {
    id: 'a2',
    role: 'assistant',
    content: t('It is short, warm, and easy to call across a room.', '它短、亲切，隔着房间也好喊。'),
    parentId: 'q2',
    createdAt: 4,
    updatedAt: 4,
  },
];

export default () => (
  <div style={{ height: 460 }}>
    <ProChat initialChats={initialChats} request={request} />
  </div>
);
