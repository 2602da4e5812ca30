import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests written as an app would write them import the package by name.
    alias: [
      { find: /^pro-chat-next$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^pro-chat-next\/mock$/, replacement: fileURLToPath(new URL('./src/mock/index.ts', import.meta.url)) },
      { find: /^pro-chat-next\/server$/, replacement: fileURLToPath(new URL('./src/server.ts', import.meta.url)) },
      { find: /^pro-chat-next\/conversations$/, replacement: fileURLToPath(new URL('./src/conversationsEntry.ts', import.meta.url)) },
    ],
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 15000,
  },
});
