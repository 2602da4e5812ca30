/**
 * title: Keep the conversation across reloads
 * description: "`storage={localStorageAdapter('demo')}` saves this chat in localStorage. Send something, reload the page: it is still here. Reload while a reply streams and it comes back marked as interrupted, with Retry."
 */
import { localStorageAdapter, ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { demoRequest, longReply } from './_model';

const storage = localStorageAdapter('docs-persistence-demo');
const request = demoRequest({ reply: () => longReply(), tokensPerSecond: 30 });

export default () => (
  <div style={{ height: 360 }}>
    <ProChat storage={storage} request={request} helloMessage={t('Nothing saved yet.', '还没有保存任何内容。')} />
  </div>
);
