/**
 * title: Code blocks
 * description: "Fenced code gets its language, a Copy button and syntax colours. The highlighter (Shiki with its JavaScript regex engine, no WASM) and each language's grammar are loaded the first time a block needs them; until then, and for languages it does not know, the code shows plain. While a block streams, only its new lines are coloured."
 */
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';
import { codeReply, demoRequest } from './_model';

const request = demoRequest({ reply: () => codeReply(), tokensPerSecond: 120 });

export default () => (
  <div style={{ height: 520 }}>
    <ProChat
      request={request}
      helloMessage={t(
        'Send anything: the mock model answers with code in five languages.',
        '随便发点什么：模拟模型会用五种语言的代码来回答。',
      )}
    />
  </div>
);
