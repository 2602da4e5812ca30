/**
 * title: Safe markdown
 * description: "GFM (tables, task lists, strikethrough) is on. Raw HTML shows as text unless `allowHtml`, and then it is sanitized; `javascript:` and `data:` links lose their URL either way."
 */
import { Switch } from 'antd';
import { Markdown } from 'pro-chat-next';
import { useState } from 'react';

import { MARKDOWN_REPLY } from './_model';

const EXTRA = [
  '',
  '## Links and HTML',
  '',
  '- [a safe link](https://example.com)',
  '- [a javascript: link](javascript:alert(1)) keeps its text, not its URL',
  '- ~~struck~~ text',
  '- [x] a finished task',
  '- [ ] an open task',
  '',
  'Raw HTML: <b>bold?</b> <img src=x onerror=alert(1)>',
].join('\n');

export default () => {
  const [allowHtml, setAllowHtml] = useState(false);
  return (
    <div>
      <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
        <Switch size="small" checked={allowHtml} onChange={setAllowHtml} /> allowHtml
      </label>
      <Markdown allowHtml={allowHtml}>{MARKDOWN_REPLY + '\n' + EXTRA}</Markdown>
    </div>
  );
};
