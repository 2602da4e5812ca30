import { defineConfig } from 'father';

/**
 * Modern JavaScript for the browsers React 19 and antd 6 support (Chrome/Edge 88+, Firefox 78+,
 * Safari 14+; ES2020 and newer syntax kept): esbuild, not Babel, so async functions and generators
 * stay native and no helper is copied into each file. Bundless: one module per source file.
 */
export default defineConfig({
  esm: {
    input: 'src',
    output: 'dist',
    ignores: ['src/**/*.test.*'],
    transformer: 'esbuild',
    platform: 'browser',
  },
  targets: { chrome: 88, edge: 88, firefox: 78, safari: 14 },
});
