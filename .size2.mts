import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const ROOT = '/work/main';
const pkg = JSON.parse(readFileSync(ROOT + '/package.json', 'utf8'));
const peers = Object.keys(pkg.peerDependencies);
const mode = process.argv[2] ?? '';
const stub: Plugin = { name: 'stub', setup(b) {
  if (mode.includes('loc')) b.onLoad({ filter: /src\/locale\/(cs-CZ|de-DE|hu-HU|pl-PL|sk-SK|zh-HK)\.ts$/ }, () => ({ contents: 'export default {} as any', loader: 'ts' }));
  if (mode.includes('mock')) b.onLoad({ filter: /src\/index\.ts$/ }, (a) => ({ contents: readFileSync(a.path, 'utf8').replace(/export \{\s*createMockModel[\s\S]*?createMockRequest';/, ''), loader: 'ts' }));
}};
const result = await build({ absWorkingDir: ROOT, entryPoints: ['src/index.ts'], bundle: true, minify: true, format: 'esm', target: 'es2020', jsx: 'automatic', write: false, metafile: true, splitting: true, outdir: ROOT + '/.bundle-size', external: peers.flatMap((p) => [p, `${p}/*`]), define: { 'process.env.NODE_ENV': '"production"' }, loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file' }, logLevel: 'error', plugins: [stub] });
const [mainPath] = Object.entries(result.metafile.outputs).find(([, o]: any) => o.entryPoint === 'src/index.ts')! as any;
const code = result.outputFiles.find((f) => f.path.endsWith(mainPath.split('/').pop()!))!.contents;
console.log(mode, 'main min', code.length, 'gzip', gzipSync(code, { level: 9 }).length);
