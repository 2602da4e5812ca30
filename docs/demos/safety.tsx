/**
 * title: Untrusted model output renders safely
 * description: Raw HTML shows as text, and javascript:, vbscript: and data: links and images are made inert, however they are disguised.
 */
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';

const ATTACKS = [
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)>',
  '[a javascript: link](javascript:alert(1))',
  '[an entity-encoded one](&#106;avascript:alert(1))',
  '![an image](data:image/svg+xml;base64,PHN2Zz4=)',
  '[a safe link](https://example.com)',
].join('\n\n');

export default () => (
  <div style={{ height: 380 }}>
    <ProChat
      request={() => t('Try pasting your own attack strings.', '试试粘贴你自己的攻击字符串。')}
      initialChats={[{ id: 'x', role: 'assistant', content: ATTACKS, createdAt: 1, updatedAt: 1, status: 'done' }]}
    />
  </div>
);
