import { defineConfig } from 'dumi';

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
  // Demos import the library from its source; nothing here reaches the network.
  mfsu: false,
});
