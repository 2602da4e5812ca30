// A consumer app: plain ESM (no JSX, no TypeScript) so it builds with a bare Vite install.
import { version as antdVersion } from 'antd';
import { createElement as h, version as reactVersion } from 'react';
import { createRoot } from 'react-dom/client';
import { configureHighlighter, ProChat } from 'pro-chat-next';
import { createMockRequest } from 'pro-chat-next/mock';

// Code highlighting in a Web Worker, set up as the docs describe (vite.config.js: worker.format 'es').
configureHighlighter({ worker: () => new Worker(new URL('./highlight-worker.js', import.meta.url), { type: 'module' }) });

window.__VERSIONS__ = { react: reactVersion, antd: antdVersion };

const request = createMockRequest({
  reply: [
    'Hello from the packed library, with code and a formula:',
    '',
    '```ts',
    'const area = (r: number) => Math.PI * r ** 2;',
    '```',
    '',
    'The area is $A = \\pi r^2$.',
    '',
    'This reply is paced like a real model, so it arrives in small pieces: **streaming** works in this app, token by token.',
  ].join('\n'),
  tokensPerSecond: 40,
  firstTokenDelay: 100,
});

createRoot(document.getElementById('root')).render(
  h('div', { style: { height: '100vh' } }, h(ProChat, { request, helloMessage: 'Consumer app ready.' })),
);

// A second chat in German: its strings are a chunk of their own, fetched on first use.
createRoot(document.getElementById('de')).render(h(ProChat, { request, locale: 'de-DE' }));
