/**
 * title: Long answers and scrolling
 * description: The list follows a streaming reply only while you are at the bottom. Scroll up and it lets go at once; the "Back to bottom" button brings you back, and following resumes.
 */
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest, longReply } from './_model';

const request = demoRequest({ reply: () => longReply(), tokensPerSecond: 40 });

export default () => (
  <div style={{ height: 360 }}>
    <ProChat
      request={request}
      helloMessage={t('Ask for a long answer.', '让它写一个长回答吧。')}
      backToBottomConfig={{ text: t('Back to bottom', '回到底部') }}
    />
  </div>
);
