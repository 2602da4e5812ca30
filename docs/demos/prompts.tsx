/**
 * title: Welcome, prompt cards and follow-up suggestions
 * description: An empty chat opens with `welcome` and the `prompts` cards; a click sends the card's message. After each reply, `suggestions` (here a function of the conversation; it could ask a model) puts follow-ups under it. All are buttons, reached with Tab.
 */
import { BulbOutlined, CoffeeOutlined, CompassOutlined, SmileOutlined } from '@ant-design/icons';
import { ProChat, type ChatPrompt, type StoredChatMessage } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({
  reply: (messages) => t(`Here is a first answer to “${messages.at(-1)?.content}”.`, `先简单回答“${messages.at(-1)?.content}”。`),
});

const prompts: ChatPrompt[] = [
  {
    key: 'trip',
    icon: <CompassOutlined />,
    label: t('Plan a weekend trip', '规划一次周末出行'),
    description: t('Two days, one city, on foot', '两天，一座城，步行'),
  },
  {
    key: 'idea',
    icon: <BulbOutlined />,
    label: t('Name my project', '给我的项目起名'),
    description: t('Short, easy to say', '简短，好念'),
    message: t('Suggest five short names for a note-taking app', '为一个笔记应用想五个简短的名字'),
  },
  {
    key: 'coffee',
    icon: <CoffeeOutlined />,
    label: t('Explain pour-over coffee', '讲讲手冲咖啡'),
  },
];

const suggestions = (messages: StoredChatMessage[]) => {
  const asked = messages.filter((m) => m.role === 'user').length;
  return [
    t('Tell me more', '再多讲一些'),
    t('Give an example', '举个例子'),
    t(`Sum up (${asked} so far)`, `总结一下（已有 ${asked} 个回答）`),
  ];
};

export default () => (
  <div style={{ height: 460 }}>
    <ProChat
      request={request}
      welcome={{
        icon: <SmileOutlined />,
        title: t('Hello, I am your assistant', '你好，我是你的助手'),
        description: t('Pick a card to start, or type your own question.', '选一张卡片开始，或者直接输入问题。'),
      }}
      prompts={prompts}
      suggestions={suggestions}
    />
  </div>
);
