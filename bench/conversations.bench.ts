/**
 * The conversation list bench: how long a list of 1,000 conversations takes from mount to the
 * frame that shows its last title, for `<Conversations>` (the built dist/, on a manager whose
 * storage lists them) against the floor (the same titles as plain DOM buttons), fresh pages,
 * alternating, and how many conversations' messages were loaded (the open one only).
 *
 *   npm run bench:conversations [-- --rounds=5 --n=1000 --no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { launchChromium, serveStatic } from '../tests/e2e/harness';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const OUT = join(BENCH, '.build', 'conversations');

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ROUNDS = Number(option('rounds') ?? 5);
const N = Number(option('n') ?? 1000);
const TARGET_MS = 100;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!argv.includes('--no-build')) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: { app: 'bench/conversations/page.tsx' },
  outdir: OUT,
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  target: 'chrome110',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // What ships: the built dist/.
  alias: { 'pro-chat-next/conversations': './dist/conversationsEntry.js', 'pro-chat-next': './dist/index.js' },
  logLevel: 'error',
});
writeFileSync(
  join(OUT, 'index.html'),
  '<!doctype html><html><head><meta charset="utf-8"><title>conversations</title>' +
    '<style>html,body{margin:0}#root{width:280px;height:100vh}</style></head>' +
    '<body><div id="root"></div><script type="module" src="app.js"></script></body></html>',
);

const server = await serveStatic(OUT);
const browser = await launchChromium();
interface Run {
  /** Mount to the frame with the first title: the list is open. */
  firstMs: number;
  /** Mount to the frame with the last title: the whole list is drawn. */
  ms: number;
  loads: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}
const runs: Record<'ours' | 'floor', Run[]> = { ours: [], floor: [] };
try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const app of ['floor', 'ours'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => Boolean(window.__conversationsBench));
      // The page's own load settles first; the mount is what is timed.
      await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const metrics = async () =>
        Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;
      const before = await metrics();
      const mounted = await page.evaluate(([which, n]) => window.__conversationsBench!.mount(which, n), [app, N] as const);
      const after = await metrics();
      const delta = (key: string) => (after[key] - before[key]) * 1000;
      if (errors.length) throw new Error(`${app}: ${errors.join(' | ')}`);
      const result = {
        ...mounted,
        scriptMs: delta('ScriptDuration'),
        layoutMs: delta('LayoutDuration'),
        styleMs: delta('RecalcStyleDuration'),
      };
      runs[app].push(result);
      const split = [result.scriptMs, result.layoutMs, result.styleMs].map((v) => v.toFixed(0)).join('/');
      console.log(
        `  round ${round + 1} ${app}: open ${result.firstMs.toFixed(1)} ms, complete ${result.ms.toFixed(1)} ms (script/layout/style ${split})${app === 'ours' ? `, ${result.loads} loaded` : ''}`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ours = median(runs.ours.map((r) => r.ms));
const floorMs = median(runs.floor.map((r) => r.ms));
const oursOpen = median(runs.ours.map((r) => r.firstMs));
const floorOpen = median(runs.floor.map((r) => r.firstMs));
const loads = Math.max(...runs.ours.map((r) => r.loads));
console.log(
  `\n${N} conversations, ${ROUNDS} round(s), medians: ms from mount to the frame with the first title (open) and the last (complete):`,
);
const parts = (list: Run[]) =>
  [list.map((r) => r.scriptMs), list.map((r) => r.layoutMs), list.map((r) => r.styleMs)].map((v) => median(v).toFixed(0)).join('/');
console.log(`| list | open ms | complete ms | complete × floor | script/layout/style ms |\n| --- | ---: | ---: | ---: | ---: |`);
console.log(`| floor (plain DOM buttons) | ${floorOpen.toFixed(1)} | ${floorMs.toFixed(1)} | 1.00 | ${parts(runs.floor)} |`);
console.log(
  `| <Conversations> (dist/) | ${oursOpen.toFixed(1)} | ${ours.toFixed(1)} | ${(ours / floorMs).toFixed(2)} | ${parts(runs.ours)} |`,
);
const checks = [
  [
    `${N} conversations open in under ${TARGET_MS} ms`,
    oursOpen < TARGET_MS,
    `${oursOpen.toFixed(1)} ms (the whole list ${ours.toFixed(1)} ms)`,
  ],
  ['only the open conversation is loaded', loads === 1, `${loads} loaded`],
] as const;
for (const [name, pass, value] of checks) console.log(`  ${pass ? 'PASS' : 'MISS'}  ${name}: ${value}`);
mkdirSync(join(BENCH, 'results'), { recursive: true });
writeFileSync(
  join(BENCH, 'results', 'conversations.json'),
  `${JSON.stringify({ n: N, rounds: ROUNDS, medianMs: { oursOpen, ours, floorOpen, floor: floorMs }, loads, runs }, null, 2)}\n`,
);
