/**
 * title: Code blocks
 * description: "Fenced code gets its language, a Copy button and syntax colours. The highlighter (Shiki with its JavaScript regex engine, no WASM) and each language's grammar are loaded the first time a block needs them; until then, and for languages it does not know, the code shows plain. While a block streams, only its new lines are coloured."
 */
import { ProChat } from 'pro-chat-next';

import { CODE_REPLY, demoRequest } from './_model';

const request = demoRequest({ reply: CODE_REPLY, tokensPerSecond: 120 });

export default () => (
  <div style={{ height: 520 }}>
    <ProChat request={request} helloMessage="Send anything: the mock model answers with code in five languages." />
  </div>
);
