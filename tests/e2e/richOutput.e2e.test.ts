import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium, SCREENSHOTS, serveStatic, watchErrors } from './harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(join(process.cwd(), 'docs-dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What each on-demand part contains and nothing else on the site does. */
const MARKERS = {
  highlighter: /createHighlighterCore|ShikiError/,
  grammar: /"?scopeName"?\s*:/,
  katex: /KaTeX parse error/,
  katexCss: /KaTeX_Main/,
};

interface Loaded {
  urls: string[];
  parts: Set<keyof typeof MARKERS>;
  workers: string[];
}

/** Every script and stylesheet the page fetches, and which on-demand parts they were. */
function watchLoads(page: Page): Loaded {
  const loaded: Loaded = { urls: [], parts: new Set(), workers: [] };
  // (The docs site itself runs a blob: worker on every page; only script workers are counted.)
  page.on('worker', (worker) => {
    if (!worker.url().startsWith('blob:')) loaded.workers.push(worker.url());
  });
  page.on('response', async (response) => {
    const url = response.url();
    if (!/\.(js|css)(\?|$)/.test(url)) return;
    loaded.urls.push(url);
    const body = await response.text().catch(() => '');
    for (const [part, marker] of Object.entries(MARKERS)) if (marker.test(body)) loaded.parts.add(part as keyof typeof MARKERS);
  });
  return loaded;
}

async function open(id: string) {
  const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
  const errors = watchErrors(page);
  const loaded = watchLoads(page);
  await page.goto(`${server.url}/~demos/${id}`);
  await page.getByRole('log').first().waitFor({ timeout: 15000 });
  return { page, errors, loaded };
}

async function send(page: Page, text: string) {
  const before = await page.locator('[data-role="assistant"]').count();
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-role="assistant"]').length > n, before);
}

const waitDone = (page: Page) =>
  page.waitForFunction(
    () => {
      const rows = document.querySelectorAll('[data-role="assistant"]');
      return rows[rows.length - 1]?.getAttribute('data-status') === 'done';
    },
    undefined,
    { timeout: 30000 },
  );

describe('code, math and lazy loading in Chromium', () => {
  it('a plain-text chat, from page load to a finished reply, requests no highlighter, grammar or KaTeX', async () => {
    const { page, errors, loaded } = await open('docs-components-pro-chat-demo-meta');
    await send(page, 'Hello');
    await waitDone(page);
    await page.waitForTimeout(500);
    expect(loaded.urls.length).toBeGreaterThan(0);
    expect([...loaded.parts]).toEqual([]);
    expect(loaded.workers).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('code: streams in place, then coloured by language (light theme); an unknown language stays plain; loads only the grammars used', async () => {
    const { page, errors, loaded } = await open('docs-guide-rich-output-demo-code');
    await send(page, 'Show me code');
    // Tag the first block's <pre> as soon as it appears; it must be the same element at the end.
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"] [data-part="code-block"] pre') !== null);
    await page.evaluate(() => {
      (document.querySelector('[data-role="assistant"] [data-part="code-block"] pre') as HTMLElement).dataset.tagged = 'yes';
    });
    // Colours arrive while the reply is still streaming.
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"] pre[data-highlighted="true"]') !== null);
    expect(await page.evaluate(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status'))).toBe('streaming');
    await waitDone(page);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-role="assistant"] pre[data-highlighted="true"]').length === 5,
      undefined,
      {
        timeout: 15000,
      },
    );
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-role="assistant"] [data-part="code-block"]')].map((block) => {
        const pre = block.querySelector('pre')!;
        const keyword = [...pre.querySelectorAll<HTMLElement>('code span[style]')].find((s) =>
          /^(import|def|fn|from)$/.test(s.textContent ?? ''),
        );
        return {
          language: block.dataset.language,
          highlighted: pre.dataset.highlighted === 'true',
          tagged: pre.dataset.tagged === 'yes',
          keywordColour: keyword ? getComputedStyle(keyword).color : undefined,
        };
      }),
    );
    expect(blocks.map((b) => b.language)).toEqual(['ts', 'python', 'rust', 'bash', 'json', 'my-config-language']);
    expect(blocks[0].tagged).toBe(true);
    expect(blocks.map((b) => b.highlighted)).toEqual([true, true, true, true, true, false]);
    // github-light keyword red.
    expect(blocks[0].keywordColour).toBe('rgb(215, 58, 73)');
    expect(loaded.parts.has('highlighter')).toBe(true);
    expect(loaded.parts.has('grammar')).toBe(true);
    expect(loaded.parts.has('katex')).toBe(false);
    // One highlighter for the page, in a Web Worker.
    expect(loaded.workers).toHaveLength(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'rich-code.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('math: KaTeX and its stylesheet arrive with the first formula; half formulas are text, never errors; the switch turns it off', async () => {
    const { page, errors, loaded } = await open('docs-guide-rich-output-demo-math');
    // Record every state a formula was seen in while the reply streamed.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { seenStates: Set<string> }).seenStates = seen;
      new MutationObserver(() => {
        document.querySelectorAll<HTMLElement>('[data-part="math"]').forEach((f) => seen.add(f.dataset.state ?? ''));
        if (document.querySelector('.katex-error')) seen.add('katex-error');
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await send(page, 'Some math please');
    await waitDone(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-part="math"][data-state="rendered"]').length === 6);
    const seen = await page.evaluate(() => [...(window as unknown as { seenStates: Set<string> }).seenStates]);
    expect(seen).toContain('pending');
    expect(seen).not.toContain('katex-error');
    expect(seen).not.toContain('error');
    const result = await page.evaluate(() => ({
      display: document.querySelectorAll('[data-part="math"] .katex-display').length,
      // The ```math fence is a formula, not a code block.
      mathCode: document.querySelectorAll('[data-part="code-block"][data-language="math"]').length,
      font: getComputedStyle(document.querySelector('.katex')!).fontFamily,
      text: document.querySelector('[data-role="assistant"] [data-part="content"]')?.textContent ?? '',
    }));
    expect(result.display).toBe(4);
    expect(result.mathCode).toBe(0);
    // KaTeX's own stylesheet is applied (nothing imported by the app).
    expect(result.font).toContain('KaTeX_Main');
    expect(result.text).toContain('Prices such as $5 and $10 stay as text');
    expect(loaded.parts.has('katex')).toBe(true);
    expect(loaded.parts.has('katexCss')).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'rich-math.png'), fullPage: true });
    await page.getByRole('switch').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-part="math"]').length === 0);
    // With math off the fence is code again.
    expect(await page.locator('[data-part="code-block"][data-language="math"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 5,000-line block is coloured (in the worker) while the page stays responsive', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const errors = watchErrors(page);
    // Long tasks from the start, with their end times.
    await page.addInitScript(() => {
      const tasks: Array<{ start: number; duration: number }> = [];
      (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push({ start: e.startTime, duration: e.duration }))).observe(
        { type: 'longtask', buffered: true },
      );
    });
    await page.goto(`${server.url}/~demos/docs-guide-rich-output-demo-code-long`);
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"] pre[data-highlighted="true"]') !== null, undefined, {
      timeout: 20000,
    });
    const started = await page.evaluate(() => performance.now());
    await page.waitForFunction(
      () => {
        const groups = [...(document.querySelector('[data-role="assistant"] pre code')?.children ?? [])];
        return groups.at(-1)?.lastElementChild?.textContent?.includes('line 5000') ?? false;
      },
      undefined,
      { timeout: 30000, polling: 50 },
    );
    const finished = await page.evaluate(() => performance.now());
    const during = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks.filter(
          (t) => t.start >= from && t.start <= to,
        ),
      [started, finished],
    );
    const longest = Math.max(0, ...during.map((t) => t.duration));
    console.log(
      `5,000-line block: coloured in ${Math.round(finished - started)} ms after the first colours; long tasks meanwhile: ${during.length}, longest ${Math.round(longest)} ms`,
    );
    expect(longest).toBeLessThan(150);
    // 3-5 s here; 13-17 s when each colour step toggled the row's containment (a full relayout).
    expect(finished - started).toBeLessThan(10000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('dark mode: code uses the dark palette, formulas the text colour', async () => {
    const { page, errors } = await open('docs-guide-rich-output-demo-dark');
    await page.waitForFunction(
      () => document.querySelector('pre[data-highlighted="true"]') !== null && document.querySelector('.katex') !== null,
      undefined,
      {
        timeout: 15000,
      },
    );
    const colours = await page.evaluate(() => {
      const keyword = [...document.querySelectorAll<HTMLElement>('pre code span[style]')].find((s) => s.textContent === 'export');
      return { keyword: keyword && getComputedStyle(keyword).color, formula: getComputedStyle(document.querySelector('.katex')!).color };
    });
    // github-dark keyword colour; the formula is light text on the dark background.
    expect(colours.keyword).toBe('rgb(249, 117, 131)');
    const [r, g, b] = (colours.formula.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeGreaterThan(150);
    await page.screenshot({ path: join(SCREENSHOTS, 'rich-dark.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
