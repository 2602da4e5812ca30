import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const ROOT = '/work/main';
async function size(contents: string, label: string) {
  const r = await build({ absWorkingDir: ROOT, stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, minify: true, format: 'esm', target: 'es2020', write: false, external: ['react', 'react/*'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error' });
  const c = r.outputFiles[0].contents; console.log(label.padEnd(30), c.length, gzipSync(c, { level: 9 }).length);
}
await size(`export {default} from 'react-markdown'; export * from 'micromark-extension-gfm'; export * from 'mdast-util-gfm';`, 'react-markdown+gfm');
await size(`export {fromMarkdown} from 'mdast-util-from-markdown'; export {toHast} from 'mdast-util-to-hast'; export {toJsxRuntime} from 'hast-util-to-jsx-runtime'; export * from 'micromark-extension-gfm'; export * from 'mdast-util-gfm';`, 'direct+gfm');
await size(`export {fromMarkdown} from 'mdast-util-from-markdown'; export * from 'micromark-extension-gfm'; export * from 'mdast-util-gfm';`, 'parse only+gfm');
await size(`export {fromMarkdown} from 'mdast-util-from-markdown';`, 'parse only');
await size(`export {toHast} from 'mdast-util-to-hast';`, 'toHast');
await size(`export {toJsxRuntime} from 'hast-util-to-jsx-runtime';`, 'toJsx');
await size(`export {unified} from 'unified';`, 'unified');
