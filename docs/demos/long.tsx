/**
 * title: Long answers and scrolling
 * description: The list follows a streaming reply only while you are at the bottom. Scroll up and it lets go at once; the "Back to bottom" button brings you back, and following resumes.
 */
import { ProChat } from 'pro-chat-next';

import { demoRequest, LONG_REPLY } from './_model';

const request = demoRequest({ reply: LONG_REPLY, tokensPerSecond: 40 });

export default () => (
  <div style={{ height: 360 }}>
    <ProChat request={request} helloMessage="Ask for a long answer." backToBottomConfig={{ text: 'Back to bottom' }} />
  </div>
);
