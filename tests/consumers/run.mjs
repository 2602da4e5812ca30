// Packs the library (npm pack) and installs the tarball into small Vite apps on different
// React / antd lines and a Next.js App Router app, builds each, serves it on 127.0.0.1 and checks
// in Debian's Chromium that a reply streams in; and loads pro-chat-next/server in plain Node
// without the peers. Run after `npm run build`. Prints "consumers: N passed, N failed".
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

import { checkNextApp } from './next/check.mjs';

// Next.js would report telemetry over a network this machine does not have.
process.env.NEXT_TELEMETRY_DISABLED = '1';

const root = resolve(import.meta.dirname, '..', '..');
const work = join(root, '.ci-artifacts', 'consumers');
const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures.json'), 'utf8'));

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const packed = execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, encoding: 'utf8' })
  .trim()
  .split('\n')
  .at(-1);
const tarball = join(work, packed);
console.log(`packed ${packed} (${Math.round(statSync(tarball).size / 1024)} KB)`);

function run(command, args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) =>
      code === 0 ? done(output) : fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`)),
    );
  });
}

async function prepare(name, versions) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const { vite, ...deps } = versions;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `consumer-${name}`,
        private: true,
        type: 'module',
        dependencies: { ...deps, 'pro-chat-next': `file:${tarball}` },
        devDependencies: { vite },
      },
      null,
      2,
    ),
  );
  for (const file of ['index.html', 'main.js', 'highlight-worker.js', 'vite.config.js'])
    copyFileSync(join(import.meta.dirname, 'app', file), join(dir, file));
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  await run('node', [join(dir, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], dir);
  return dir;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
function serve(dir) {
  const server = createServer((req, res) => {
    let file = join(dir, new URL(req.url, 'http://x').pathname);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function check(browser, name, dir, versions) {
  const server = await serve(join(dir, 'dist'));
  const page = await browser.newPage();
  const errors = [];
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    // .first(): the German chat below is named "Message" too until its strings arrive.
    const box = page.getByRole('textbox', { name: 'Message' }).first();
    await box.waitFor({ timeout: 15000 });
    const running = await page.evaluate(() => window.__VERSIONS__);
    if (running.react !== versions.react || running.antd !== versions.antd) throw new Error(`runs ${JSON.stringify(running)}`);
    await box.fill('Hi');
    await page.keyboard.press('Enter');
    const lengths = new Set();
    for (let i = 0; i < 60; i += 1) {
      const state = await page.evaluate(() => {
        const row = document.querySelector('[data-role="assistant"]');
        return { status: row?.getAttribute('data-status'), length: row?.querySelector('[data-part="content"]')?.textContent?.length ?? 0 };
      });
      if (state.length) lengths.add(state.length);
      if (state.status === 'done') break;
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(
      () => document.querySelector('[data-role="assistant"] [data-part="content"]')?.textContent?.endsWith('token by token.'),
      null,
      { timeout: 10000 },
    );
    if (lengths.size < 3) throw new Error(`the reply did not stream (saw lengths ${[...lengths]})`);
    // The code block is coloured by the worker; the formula is rendered by KaTeX with its stylesheet.
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"] pre[data-highlighted="true"]'), null, {
      timeout: 15000,
    });
    await page.waitForFunction(
      () => document.querySelector('[data-role="assistant"] [data-part="math"][data-state="rendered"] .katex'),
      null,
      { timeout: 15000 },
    );
    const font = await page.evaluate(() => getComputedStyle(document.querySelector('.katex')).fontFamily);
    if (!font.includes('KaTeX_Main')) throw new Error(`KaTeX's stylesheet is not applied (font: ${font})`);
    if (workers.length !== 1) throw new Error(`expected the highlighter worker, saw ${workers.length} workers`);
    await page.getByRole('button', { name: 'Senden' }).waitFor({ timeout: 10000 });
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
    await page.screenshot({ path: join(work, `${name}.png`) });
    console.log(
      `ok   ${name}: React ${running.react}, antd ${running.antd}, reply streamed over ${lengths.size} observations; code coloured in a worker, formula rendered, German loaded on demand`,
    );
    return true;
  } catch (error) {
    console.log(`FAIL ${name}: ${error.message}`);
    return false;
  } finally {
    await page.close();
    server.close();
  }
}

/** `pro-chat-next/server` in plain Node, installed without the peers. */
async function checkServerEntry() {
  // Outside the project, so Node cannot find the project's own React by walking up.
  const dir = mkdtempSync(join(tmpdir(), 'pro-chat-next-server-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      { name: 'consumer-node-server', private: true, type: 'module', dependencies: { 'pro-chat-next': `file:${tarball}` } },
      null,
      2,
    ),
  );
  copyFileSync(join(import.meta.dirname, 'server', 'check.mjs'), join(dir, 'check.mjs'));
  try {
    await run('npm', ['install', '--omit=peer', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    process.stdout.write(await run('node', ['check.mjs'], dir));
    return true;
  } catch (error) {
    console.log(`FAIL node-server: ${error.message}`);
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Next.js App Router app: next build, next start on 127.0.0.1, then the check in Chromium. */
async function prepareNextApp() {
  const dir = join(work, 'next-app');
  const versions = JSON.parse(readFileSync(join(import.meta.dirname, 'next', 'versions.json'), 'utf8'));
  cpSync(join(import.meta.dirname, 'next'), dir, { recursive: true, filter: (path) => !/(check\.mjs|versions\.json)$/.test(path) });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer-next', private: true, dependencies: { ...versions, 'pro-chat-next': `file:${tarball}` } }, null, 2),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  await run('node', [join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], dir);
  return { dir, versions };
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function checkNext(browser, prepared) {
  if (prepared.status === 'rejected') {
    console.log(`FAIL next16-app-router: ${prepared.reason.message}`);
    return false;
  }
  const { dir, versions } = prepared.value;
  // A free port from the system's ephemeral range: Next.js refuses the ports browsers block
  // (3659, 4045, 5060, …), which a pick from a fixed range could hit.
  const port = await freePort();
  const server = spawn('node', [join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i += 1) {
      if (
        await fetch(origin).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      if (i > 100) throw new Error(`next start did not answer:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const summary = await checkNextApp(browser, origin, join(work, 'next16-app-router.png'));
    console.log(`ok   next16-app-router: Next ${versions.next}, React ${versions.react}, antd ${versions.antd}: ${summary}`);
    return true;
  } catch (error) {
    console.log(`FAIL next16-app-router: ${error.message}`);
    return false;
  } finally {
    server.kill();
  }
}

const names = Object.keys(fixtures);
const prepared = await Promise.allSettled(names.map((name) => prepare(name, fixtures[name])));
// After the Vite apps: next build wants both cores.
const [nextApp] = await Promise.allSettled([prepareNextApp()]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
let passed = 0;
let failed = 0;
if (await checkServerEntry()) passed += 1;
else failed += 1;
for (const [i, name] of names.entries()) {
  const result = prepared[i];
  if (result.status === 'rejected') {
    console.log(`FAIL ${name}: ${result.reason.message}`);
    failed += 1;
  } else if (await check(browser, name, result.value, fixtures[name])) passed += 1;
  else failed += 1;
}
if (await checkNext(browser, nextApp)) passed += 1;
else failed += 1;
await browser.close();
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
