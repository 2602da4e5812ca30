/**
 * title: Smooth output
 * description: This source sends text in big irregular bursts. With `smoothOutput` (the default) it is revealed at a steady pace that keeps up with the network; switch it off to see the raw bursts.
 */
import { Switch } from 'antd';
import { useState } from 'react';
import { ProChat, type ChatRequest } from 'pro-chat-next';

import { t } from './_locale';

async function* bursts(signal: AbortSignal) {
  // About 500 characters in either language, so the bursts look alike.
  const text = t(
    'Bursty networks deliver text in lumps: nothing for a while, then a whole paragraph. '.repeat(6),
    '网络不稳定时，文字是一块一块到达的：先是好一会儿什么都没有，然后突然来了一整段。'.repeat(12),
  );
  for (let at = 0; at < text.length && !signal.aborted;) {
    await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 300));
    const size = 60 + Math.floor(Math.random() * 140);
    yield text.slice(at, at + size);
    at += size;
  }
}

// request may return an async iterable of text.
const bursty: ChatRequest = (_messages, { signal }) => bursts(signal);

export default () => {
  const [smooth, setSmooth] = useState(true);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <label>
        <Switch checked={smooth} onChange={setSmooth} /> smoothOutput
      </label>
      <div style={{ height: 340 }}>
        <ProChat smoothOutput={smooth} request={bursty} />
      </div>
    </div>
  );
};
