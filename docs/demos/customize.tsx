/**
 * title: Your own stream format, class names and scroll events
 * description: "`transformToChatMessage` rewrites each delta (here a made-up `[[token]]` format), `classNames`/`styles` reach each part, and `onScroll` reports list scrolling."
 */
import { useState } from 'react';
import { ProChat, type ChatRequest } from 'pro-chat-next';

import { isZh, t } from './_locale';

// A server that wraps every token as [[token]].
async function* wrappedTokens() {
  const tokens = isZh()
    ? ['每个', ' token ', '到达时', '都被', '包裹着，', '再被', '拆开。']
    : ['Each', ' token', ' arrives', ' wrapped', ' and', ' is', ' unwrapped.'];
  for (const token of tokens) {
    await new Promise((resolve) => setTimeout(resolve, 120));
    yield `[[${token}]]`;
  }
}
const wrapped: ChatRequest = () => wrappedTokens();

export default () => {
  const [scrolled, setScrolled] = useState(0);
  return (
    <div style={{ height: 340 }}>
      <p style={{ margin: 0 }}>{t(`scroll events: ${scrolled}`, `滚动事件：${scrolled}`)}</p>
      <ProChat
        request={wrapped}
        transformToChatMessage={(delta) => delta.replace(/^\[\[|\]\]$/g, '')}
        onScroll={() => setScrolled((n) => n + 1)}
        classNames={{ inputArea: 'my-input' }}
        styles={{ root: { height: 310, border: '1px dashed #d9d9d9', borderRadius: 8 }, actionBar: { display: 'none' } }}
      />
    </div>
  );
};
