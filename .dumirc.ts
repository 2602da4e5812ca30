import { join } from 'node:path';

import { defineConfig } from 'dumi';

/**
 * Live mode: set LIVE_BASE_URL (an OpenAI-compatible base URL such as http://127.0.0.1:11434/v1),
 * and optionally LIVE_API_KEY and LIVE_MODEL, before `npm start`. Demos marked live then call that
 * endpoint through the dev server's proxy (/api/live), so the key stays on your machine and out of
 * the page. Without LIVE_BASE_URL every demo uses the built-in mock model.
 */
const liveBase = process.env.LIVE_BASE_URL;
const liveModel = liveBase ? (process.env.LIVE_MODEL ?? 'gpt-4o-mini') : '';

export default defineConfig({
  title: 'pro-chat-next',
  outputPath: 'docs-dist',
  locales: [
    { id: 'en-US', name: 'English' },
    { id: 'zh-CN', name: '中文' },
  ],
  themeConfig: {
    name: 'pro-chat-next',
    nav: {
      'en-US': [
        { title: 'Guide', link: '/guide/quick-start' },
        { title: 'Components', link: '/components/pro-chat' },
      ],
      'zh-CN': [
        { title: '指南', link: '/zh-CN/guide/quick-start' },
        { title: '组件', link: '/zh-CN/components/pro-chat' },
      ],
    },
  },
  define: {
    'process.env.PRO_CHAT_LIVE_MODEL': liveModel,
  },
  proxy: liveBase
    ? {
        '/api/live': {
          target: liveBase,
          changeOrigin: true,
          pathRewrite: { '^/api/live': '' },
          headers: process.env.LIVE_API_KEY ? { Authorization: `Bearer ${process.env.LIVE_API_KEY}` } : {},
        },
      }
    : {},
  // dumi maps pro-chat-next/<path> to src/<path>; this entry is a file beside its folder.
  alias: { 'pro-chat-next/conversations$': join(process.cwd(), 'src/conversationsEntry.ts') },
  mfsu: false,
});
