/**
 * title: Errors and retry
 * description: The first reply breaks mid-stream, the second gets an HTTP 500 with a JSON body; each keeps the text received so far and shows the server's message with Retry and Delete. The third try works.
 */
import { ProChat } from 'pro-chat-next';

import { isZh, t } from './_locale';
import { demoRequest } from './_model';

let attempt = 0;
const request = demoRequest(
  {
    reply: () => {
      attempt += 1;
      if (attempt % 3 === 1)
        return {
          text: t(
            'This answer starts well, then the connection drops in the middle of a sentence.',
            '这个回答开头还很顺利，接着连接在一句话说到一半时断开了。',
          ),
          // About halfway through the text, in either language.
          errorAfter: isZh() ? 14 : 40,
          errorMessage: t('Upstream model crashed (mock)', '上游模型崩溃了（模拟）'),
        };
      if (attempt % 3 === 2)
        return {
          text: '',
          status: 500,
          statusMessage: t('The model is overloaded, try again (mock HTTP 500)', '模型过载，请重试（模拟 HTTP 500）'),
        };
      return t('Third time lucky: this reply **completes**.', '第三次终于成功：这条回复**完整**生成了。');
    },
  },
  { live: false },
);

export default () => (
  <div style={{ height: 380 }}>
    <ProChat request={request} helloMessage={t('Send anything, then press **Retry**.', '随便发点什么，然后按 **重试**。')} />
  </div>
);
