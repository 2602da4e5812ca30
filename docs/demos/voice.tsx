/**
 * title: Voice input and read aloud
 * description: "`voiceInput` adds a microphone to the input: the words appear in the box as they are spoken (the browser's speech recognition, in the chat's language; the button is hidden where the browser has none, and a refused microphone is explained). `voiceInput={{ speechToText }}` sends the recorded audio to your server instead. `readAloud` adds Read aloud to each reply's actions."
 */
import { ProChat, type ChatMessage } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({
  reply: (messages) => t(`You said: “${messages.at(-1)?.content}”.`, `你说的是：“${messages.at(-1)?.content}”。`),
});

const initialChats: ChatMessage[] = [
  { id: 'q1', role: 'user', content: t('What is a haiku?', '什么是俳句？'), createdAt: 1, updatedAt: 1 },
  {
    id: 'a1',
    role: 'assistant',
    content: t(
      'A haiku is a short poem of three lines, of five, seven and five syllables. Press **Read aloud** under this reply to hear it.',
      '俳句是一种三行短诗，音节为五、七、五。点这条回复下方的**朗读**来听一听。',
    ),
    parentId: 'q1',
    createdAt: 2,
    updatedAt: 2,
  },
];

export default () => (
  <div style={{ height: 380 }}>
    <ProChat initialChats={initialChats} request={request} voiceInput readAloud />
  </div>
);
