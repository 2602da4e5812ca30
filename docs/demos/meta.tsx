/**
 * title: Avatars, names and colours
 * description: "`userMeta` and `assistantMeta` take an emoji, an image URL or data URI, or any node as avatar, plus a title, a background colour and a class name. `showTitle` shows names and times."
 */
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({ reply: () => t('Hoot! I answer with **markdown**.', '咕咕！我用 **Markdown** 回答。') });

export default () => (
  <div style={{ height: 360 }}>
    <ProChat
      showTitle
      request={request}
      userMeta={{ avatar: '🧑‍🚀', title: 'Ada', backgroundColor: '#e6f4ff' }}
      assistantMeta={{ avatar: '🦉', title: t('Owl', '猫头鹰'), backgroundColor: '#fff7e6' }}
      initialChats={[
        {
          id: '1',
          role: 'user',
          content: t('Who are you?', '你是谁？'),
          createdAt: Date.now() - 60000,
          updatedAt: Date.now() - 60000,
          status: 'done',
        },
        {
          id: '2',
          role: 'assistant',
          content: t('A very wise owl.', '一只非常聪明的猫头鹰。'),
          parentId: '1',
          createdAt: Date.now() - 50000,
          updatedAt: Date.now() - 50000,
          status: 'done',
        },
      ]}
    />
  </div>
);
