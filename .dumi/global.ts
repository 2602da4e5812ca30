// The docs site highlights code in a Web Worker, as an app would set it up (see "Code, math and
// thinking" in the guide); webpack 5 bundles the worker from this `new URL(…)`.
import { configureHighlighter } from 'pro-chat-next';

configureHighlighter({
  worker: () => new Worker(new URL('../src/markdown/code/highlight.worker.js', import.meta.url), { type: 'module' }),
});
