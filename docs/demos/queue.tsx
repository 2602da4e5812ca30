/**
 * title: Queue messages while a reply streams
 * description: "With `whileGenerating=\"queue\"`, a message sent while the model answers waits above the input (remove it with ×) and is sent when the reply ends, in order. Stop keeps what is queued. The default, `\"stop\"`, asks the user to wait or press Stop."
 */
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest } from './_model';

const request = demoRequest({
  reply: (messages) =>
    Array.from({ length: 6 }, (_, i) =>
      t(`Part ${i + 1} of the answer to “${messages.at(-1)?.content}”.`, `对“${messages.at(-1)?.content}”的回答，第 ${i + 1} 部分。`),
    ).join(' '),
  tokensPerSecond: 20,
});

export default () => (
  <div style={{ height: 420 }}>
    <ProChat
      request={request}
      whileGenerating="queue"
      helloMessage={t('Send a question, then two more while it answers.', '发一个问题，在它回答时再发两个。')}
    />
  </div>
);
