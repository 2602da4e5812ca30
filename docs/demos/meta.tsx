/**
 * title: Avatars, names and colours
 * description: "`userMeta` and `assistantMeta` take an emoji, an image URL or data URI, or any node as avatar, plus a title, a background colour and a class name. `showTitle` shows names and times."
 */
import { ProChat } from 'pro-chat-next';

import { demoRequest } from './_model';

const request = demoRequest({ reply: 'Hoot! I answer with **markdown**.' });

export default () => (
  <div style={{ height: 360 }}>
    <ProChat
      showTitle
      request={request}
      userMeta={{ avatar: '🧑‍🚀', title: 'Ada', backgroundColor: '#e6f4ff' }}
      assistantMeta={{ avatar: '🦉', title: 'Owl', backgroundColor: '#fff7e6' }}
      initialChats={[
        { id: '1', role: 'user', content: 'Who are you?', createdAt: Date.now() - 60000, updatedAt: Date.now() - 60000, status: 'done' },
        {
          id: '2',
          role: 'assistant',
          content: 'A very wise owl.',
          parentId: '1',
          createdAt: Date.now() - 50000,
          updatedAt: Date.now() - 50000,
          status: 'done',
        },
      ]}
    />
  </div>
);
