// A consumer app: plain ESM (no JSX, no TypeScript) so it builds with a bare Vite install.
import { version as antdVersion } from 'antd';
import { createElement as h, version as reactVersion } from 'react';
import { createRoot } from 'react-dom/client';
import { createMockRequest, ProChat } from 'pro-chat-next';

window.__VERSIONS__ = { react: reactVersion, antd: antdVersion };

const request = createMockRequest({
  reply: 'Hello from the packed library. This reply is paced like a real model, so it arrives in small pieces: **streaming** works in this app, token by token.',
  tokensPerSecond: 25,
  firstTokenDelay: 100,
});

createRoot(document.getElementById('root')).render(
  h('div', { style: { height: '100vh' } }, h(ProChat, { request, helloMessage: 'Consumer app ready.' })),
);
