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

async function openDemo(id: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/~demos/${id}`);
  await page.getByRole('textbox', { name: 'Message' }).waitFor();
  return { page, errors };
}

const replyText = (page: Page) =>
  page.evaluate(() => {
    const rows = document.querySelectorAll('[data-role="assistant"]');
    return rows[rows.length - 1]?.querySelector('[data-part="content"]')?.textContent ?? '';
  });

const replyStatus = (page: Page) =>
  page.evaluate(() => {
    const rows = document.querySelectorAll('[data-role="assistant"]');
    return rows[rows.length - 1]?.getAttribute('data-status') ?? '';
  });

describe('docs site in Chromium', () => {
  it('basic demo: Enter sends, the reply streams in and completes, Stop keeps partial text', async () => {
    const { page, errors } = await openDemo('docs-demo-basic');
    await page.getByRole('textbox', { name: 'Message' }).fill('Hello there');
    await page.keyboard.press('Enter');
    // The text grows across several observations before it is complete.
    const lengths: number[] = [];
    for (let i = 0; i < 40 && (await replyStatus(page)) !== 'done'; i += 1) {
      lengths.push((await replyText(page)).length);
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'done');
    const distinct = new Set(lengths.filter((n) => n > 0));
    expect(distinct.size).toBeGreaterThanOrEqual(3);
    expect(await replyText(page)).toContain('Stop keeps whatever has arrived so far.');
    await page.screenshot({ path: join(SCREENSHOTS, 'basic-done.png') });

    await page.getByRole('textbox', { name: 'Message' }).fill('Second question');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const rows = document.querySelectorAll('[data-role="assistant"]');
      return (rows[rows.length - 1]?.textContent ?? '').length > 15;
    });
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.waitForFunction(() => {
      const rows = document.querySelectorAll('[data-role="assistant"]');
      return rows[rows.length - 1]?.getAttribute('data-status') === 'aborted';
    });
    // What had arrived finishes appearing (smooth output drains it), then nothing more comes.
    await page.waitForTimeout(400);
    const partial = await replyText(page);
    expect(partial.length).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    expect(await replyText(page)).toBe(partial);
    await page.screenshot({ path: join(SCREENSHOTS, 'basic-stopped.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('qwen demo: full-text and incremental modes give the same answer', async () => {
    const { page, errors } = await openDemo('docs-guide-streaming-sse-demo-qwen-stream');
    const answers: string[] = [];
    for (const mode of ['Full text (default)', 'incremental_output: true']) {
      await page.getByText(mode).click();
      await page.getByRole('textbox', { name: 'Message' }).fill(`mode ${mode}`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-role="assistant"][data-status="done"]').length === n,
        answers.length + 1,
        { timeout: 15000 },
      );
      answers.push(await replyText(page));
    }
    expect(answers[0]).toBe('通义千问的全量模式每次都发送完整的文本，增量模式只发送新增的部分。');
    expect(answers[1]).toBe(answers[0]);
    await page.screenshot({ path: join(SCREENSHOTS, 'qwen.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

const lastStatus = (page: Page) =>
  page.evaluate(() => {
    const rows = document.querySelectorAll('[data-role="assistant"]');
    return rows[rows.length - 1]?.getAttribute('data-status') ?? '';
  });

async function sendAndWait(page: Page, text: string, status = 'done') {
  const before = await page.locator('[data-role="assistant"]').count();
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([n, s]) => {
      const rows = document.querySelectorAll('[data-role="assistant"]');
      return rows.length > (n as number) && rows[rows.length - 1].getAttribute('data-status') === s;
    },
    [before, status] as const,
    { timeout: 20000 },
  );
}

describe('the site around the demos', () => {
  it('/components/pro-chat mounts only the demos near the viewport, and the rest as the reader scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/components/pro-chat`);
    await page.getByRole('log').first().waitFor({ timeout: 15000 });
    const placeholders = await page.locator('[data-demo-placeholder]').count();
    const mounted = await page.getByRole('log').count();
    // Twenty demos on the page; a screen and a bit of them are live.
    expect(mounted).toBeLessThanOrEqual(5);
    expect(placeholders).toBeGreaterThanOrEqual(14);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect.poll(() => page.getByRole('log').count(), { timeout: 10000 }).toBeGreaterThan(mounted);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("demos follow the site's dark mode", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => localStorage.setItem('dumi:prefers-color', 'dark'));
    await page.goto(`${server.url}/components/pro-chat`);
    const box = page.getByRole('textbox', { name: 'Message' }).first();
    await box.waitFor({ timeout: 15000 });
    const lightness = await box.evaluate((element) => {
      // The nearest ancestor with a background of its own: the chat's input bar.
      let node: Element | null = element;
      while (
        node &&
        getComputedStyle(node)
          .backgroundColor.replace(/\s/g, '')
          .match(/rgba\(0,0,0,0\)|transparent/)
      )
        node = node.parentElement;
      const [r, g, b] = (getComputedStyle(node ?? document.body).backgroundColor.match(/\d+/g) ?? ['255', '255', '255']).map(Number);
      return (r + g + b) / 3;
    });
    expect(lightness).toBeLessThan(80);
    await page.screenshot({ path: join(SCREENSHOTS, 'docs-dark-mode.png') });
    await page.close();
  });

  it('the Chinese pages show Chinese demos: hello message, placeholder and the mock reply', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/zh-CN/components/pro-chat`);
    const box = page.getByRole('textbox').first();
    await box.waitFor({ timeout: 15000 });
    const cjk = /[\u4e00-\u9fff]/;
    expect(await box.getAttribute('placeholder')).toMatch(cjk);
    expect(await page.getByRole('log').first().textContent()).toMatch(cjk);
    // An ASCII question, so the Chinese in the reply is the model's own.
    await box.fill('hi');
    await box.press('Enter');
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              document.querySelector('[role="log"] [data-role="assistant"][data-status="done"] [data-part="content"]')?.textContent ?? '',
          ),
        { timeout: 20000 },
      )
      .toMatch(cjk);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('replies made of parts', () => {
  it('the parts demo: reasoning, a tool card whose arguments stream, the answer and its source', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-parts');
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('Paris');
    await box.press('Enter');
    const card = page.locator('[data-part="tool-call"]');
    await card.waitFor({ timeout: 10000 });
    await expect.poll(() => card.getAttribute('data-state'), { timeout: 10000 }).toBe('output-available');
    await expect.poll(() => replyStatus(page), { timeout: 15000 }).toBe('done');
    expect(await replyText(page)).toContain('18 °C');
    await card.locator('summary').click();
    expect(await card.textContent()).toContain('"city": "Paris"');
    expect(await page.getByRole('list', { name: 'Sources' }).getByRole('link').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'parts-demo.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the tools demo: the tool runs in the page, the model answers from its result, in one reply', async () => {
    const { page, errors } = await openDemo('docs-guide-providers-demo-tools');
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('What is the weather in Oslo?');
    await box.press('Enter');
    const card = page.locator('[data-part="tool-call"]');
    await card.waitFor({ timeout: 10000 });
    await expect.poll(() => card.getAttribute('data-state'), { timeout: 10000 }).toBe('output-available');
    await expect.poll(() => replyStatus(page), { timeout: 15000 }).toBe('done');
    expect(await replyText(page)).toMatch(/°C and cloudy in Oslo/);
    expect(await page.locator('[data-role="assistant"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the approval demo: nothing is sent until Approve; a research turn folds its steps; the thumbs rate', async () => {
    const { page, errors } = await openDemo('docs-guide-providers-demo-tool-approval');
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('Email Ann that I am late');
    await box.press('Enter');
    const approve = page.getByRole('button', { name: 'Approve' });
    await approve.waitFor({ timeout: 10000 });
    expect(await page.locator('[data-part="tool-call"]').getAttribute('data-state')).toBe('awaiting-approval');
    await page.screenshot({ path: join(SCREENSHOTS, 'approval.png') });
    await approve.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => replyText(page), { timeout: 15000 }).toMatch(/Sent to Ann/);

    await box.fill('Research solar panels');
    await box.press('Enter');
    await expect.poll(() => replyText(page), { timeout: 20000 }).toMatch(/Solar panels/);
    await expect.poll(() => replyStatus(page), { timeout: 15000 }).toBe('done');
    const steps = page.locator('[data-role="assistant"]').last().locator('details[data-part="steps"]');
    expect(await steps.getAttribute('open')).toBeNull();
    expect(await page.locator('[data-role="assistant"]').last().locator('details[data-part="steps"] > summary').textContent()).toBe(
      'Worked in 3 steps',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'research-steps.png') });
    const up = page.locator('[data-role="assistant"]').last().getByRole('button', { name: 'Good reply' });
    await up.click();
    expect(await up.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the attachments demo: paste, pick and drop files; images are downscaled; uploads retry', async () => {
    const { page, errors } = await openDemo('docs-guide-attachments-demo-attachments');
    const box = page.getByRole('textbox', { name: 'Message' });
    // Paste a 3000×2000 screenshot into the box.
    await box.evaluate(async (textarea) => {
      const canvas = document.createElement('canvas');
      canvas.width = 3000;
      canvas.height = 2000;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#1677ff';
      context.fillRect(0, 0, 3000, 2000);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((made) => resolve(made!), 'image/png'));
      const data = new DataTransfer();
      data.items.add(new File([blob], 'screenshot.png', { type: 'image/png' }));
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    // Pick a file with the paperclip's input, and drop another onto the chat.
    await page
      .locator('[data-part="file-input"]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('buy milk') });
    await page.getByRole('log').evaluate((log) => {
      const data = new DataTransfer();
      data.items.add(new File(['{"a":1}'], 'data.json', { type: 'application/json' }));
      log.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      log.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const list = page.getByRole('list', { name: 'Attachments' });
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10000 }).toBe(3);
    // The thumbnail is the image itself, loaded.
    await expect
      .poll(() => list.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10000 })
      .toBe(3000);
    await page.screenshot({ path: join(SCREENSHOTS, 'attachments-input.png') });

    await box.fill('What are these?');
    // Send waits until every file is ready (the screenshot is being downscaled).
    await expect.poll(() => page.getByRole('button', { name: 'Send' }).isEnabled(), { timeout: 10000 }).toBe(true);
    await box.press('Enter');
    await expect.poll(() => replyText(page), { timeout: 15000 }).toMatch(/I see 3 files: an image\/png of \d+ KB; notes\.txt/);
    await expect.poll(() => replyStatus(page), { timeout: 15000 }).toBe('done');
    expect(await replyText(page)).toContain('data.json, an application/json of 7 B');
    // The image went downscaled to 1,568 px on its long side.
    const thumbnail = page.locator('[data-role="user"]').last().getByRole('button', { name: 'Open screenshot.png' });
    const size = await thumbnail.evaluate(async (element) => {
      const source = (element.tagName === 'IMG' ? element : element.querySelector('img')!) as HTMLImageElement;
      const image = new Image();
      image.src = source.src;
      await image.decode();
      return [image.naturalWidth, image.naturalHeight];
    });
    expect(size).toEqual([1568, 1045]);
    await page.screenshot({ path: join(SCREENSHOTS, 'attachments-sent.png') });

    // Upload mode: a file named fail… fails once; Retry uploads it.
    await page.getByText('Upload', { exact: true }).click();
    await page
      .locator('[data-part="file-input"]')
      .setInputFiles({ name: 'fail.txt', mimeType: 'text/plain', buffer: Buffer.from('retry me') });
    await page.getByRole('progressbar', { name: 'fail.txt' }).waitFor({ timeout: 5000 });
    await page.getByText('The server answered 503. Try again.').waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'Retry the upload of fail.txt' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Send' }).isEnabled(), { timeout: 5000 }).toBe(true);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => replyText(page), { timeout: 15000 }).toContain('I see one file: fail.txt');
    await expect.poll(() => replyStatus(page), { timeout: 15000 }).toBe('done');

    // Kept in IndexedDB: after a reload the screenshot is back, as it was sent.
    const savedReplies = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('pro-chat-next', 1);
            open.onsuccess = () => {
              const get = open.result.transaction('conversations').objectStore('conversations').get('docs-attachments-demo');
              get.onsuccess = () => {
                const messages = (get.result?.messages ?? []) as Array<{ role: string; status: string }>;
                resolve(messages.filter((message) => message.role === 'assistant').map((message) => message.status));
                open.result.close();
              };
            };
          }),
      );
    await expect.poll(savedReplies, { timeout: 10000 }).toEqual(['done', 'done']);
    await page.reload();
    const restored = page.locator('[data-role="user"]').first().getByRole('button', { name: 'Open screenshot.png' });
    await restored.waitFor({ timeout: 10000 });
    expect(
      await restored.evaluate((element) => ((element.tagName === 'IMG' ? element : element.querySelector('img')) as HTMLImageElement).src),
    ).toMatch(/^data:image\/png;base64,/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the providers demo: each provider format, read by its reader, gives the tool card, the answer and usage', async () => {
    const { page, errors } = await openDemo('docs-guide-providers-demo-providers');
    for (const label of ['Anthropic', 'Gemini', 'Qwen', 'AI SDK']) {
      await page.getByText(label, { exact: true }).click();
      const box = page.getByRole('textbox', { name: 'Message' });
      await page.getByText(`Reading ${label}'s stream`).waitFor();
      await box.fill('What is the weather in Lisbon?');
      await box.press('Enter');
      const card = page.locator('[data-part="tool-call"]');
      await card.waitFor({ timeout: 10000 });
      expect(await card.getAttribute('data-tool')).toBe('get_weather');
      await expect.poll(() => replyStatus(page), { timeout: 15000 }).toBe('done');
      expect(await replyText(page)).toContain('Let me look up the weather in Lisbon.');
      // The AI SDK's servers run the tool, so only its stream carries the result.
      expect(await card.getAttribute('data-state')).toBe(label === 'AI SDK' ? 'output-available' : 'input-available');
      await card.locator('summary').click();
      expect(await card.textContent()).toContain('"city": "Lisbon"');
      // The token tag adds up the usage the provider reported.
      await expect.poll(() => page.locator('body').textContent(), { timeout: 5000 }).toMatch(/Used\D*[1-9]/);
      if (label === 'Anthropic') await page.screenshot({ path: join(SCREENSHOTS, 'providers-demo.png') });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('feature demos in Chromium', () => {
  it('every demo loads without page or console errors', async () => {
    const ids = [
      'docs-components-pro-chat-demo-meta',
      'docs-components-pro-chat-demo-docs-mode',
      'docs-components-pro-chat-demo-i18n',
      'docs-components-pro-chat-demo-actions',
      'docs-components-pro-chat-demo-errors',
      'docs-components-pro-chat-demo-queue',
      'docs-components-pro-chat-demo-versions',
      'docs-components-pro-chat-demo-timeouts',
      'docs-components-pro-chat-demo-prompts',
      'docs-components-pro-chat-demo-rtl',
      'docs-components-pro-chat-demo-models',
      'docs-components-pro-chat-demo-voice',
      'docs-components-pro-chat-demo-mermaid',
      'docs-components-pro-chat-demo-older-history',
      'docs-components-pro-chat-demo-render-hooks',
      'docs-components-pro-chat-demo-input',
      'docs-components-pro-chat-demo-controlled',
      'docs-components-pro-chat-demo-imperative',
      'docs-components-pro-chat-demo-smooth',
      'docs-components-pro-chat-demo-long',
      'docs-components-pro-chat-demo-loading',
      'docs-components-pro-chat-demo-dark',
      'docs-components-pro-chat-demo-customize',
      'docs-components-pro-chat-demo-autocomplete',
      'docs-components-pro-chat-demo-config',
      'docs-components-pro-chat-demo-history',
      'docs-components-pro-chat-demo-thinking',
      'docs-components-pro-chat-demo-parts',
      'docs-guide-persistence-demo-persistence',
      'docs-guide-security-demo-safety',
      'docs-guide-security-demo-image-policy',
    ];
    for (const id of ids) {
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      const errors = watchErrors(page);
      await page.goto(`${server.url}/~demos/${id}`);
      await page.getByRole('log').first().waitFor({ timeout: 15000 });
      await page.waitForTimeout(300);
      expect({ id, errors }).toEqual({ id, errors: [] });
      await page.close();
    }
    // About twenty pages, each loaded in full: more than the default minute on a busy machine.
  }, 240_000);

  it('each building-block demo renders without page or console errors', async () => {
    const blocks = [
      'chat-list',
      'chat-item',
      'back-bottom',
      'message-input',
      'markdown',
      'action-icon-group',
      'copy-button',
      'token-tag',
      'editable-message',
    ];
    for (const name of blocks) {
      const id = `docs-components-${name}-demo-blocks-${name}`;
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      const errors = watchErrors(page);
      await page.goto(`${server.url}/~demos/${id}`);
      await page.waitForFunction(() => (document.querySelector('#root')?.textContent ?? '').trim().length > 0, undefined, {
        timeout: 15000,
      });
      await page.waitForTimeout(200);
      expect({ id, errors }).toEqual({ id, errors: [] });
      await page.close();
    }
  });

  it('a 1,000-message history opens at the bottom with few rows in the DOM, brings chunks back in place when scrolled to, keeps the reading position as rows fill in, and streams pinned', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/~demos/docs-components-pro-chat-demo-history`);
    await page.getByRole('log').waitFor();
    await page.waitForTimeout(300);
    const state = () =>
      page.evaluate(() => {
        const log = document.querySelector('[role="log"]') as HTMLElement;
        return {
          full: log.querySelectorAll('[data-role]').length,
          rows: log.querySelectorAll('[data-row-id]').length,
          chunks: log.querySelectorAll('[data-chunk]').length,
          away: [...log.querySelectorAll('[data-chunk]')].filter((chunk) => chunk.childElementCount === 0).length,
          fromBottom: log.scrollHeight - log.scrollTop - log.clientHeight,
          scrollHeight: log.scrollHeight,
        };
      });
    const opened = await state();
    // 1,000 messages in 40 chunks of 25; only those near the bottom are in the DOM.
    expect(opened.chunks).toBe(40);
    expect(opened.away).toBeGreaterThan(30);
    expect(opened.rows).toBeLessThan(250);
    expect(opened.full).toBeLessThan(80);
    expect(opened.fromBottom).toBeLessThanOrEqual(2);

    // Full rows off screen are skipped by the browser (content-visibility), each kept at its
    // measured height: the scroll height is the same as with every row laid out.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('[role="log"] [data-row-id]')]
        .filter((row) => row.querySelector('[data-role]'))
        .every((row) => row.style.contentVisibility === 'auto'),
    );
    const skipping = await page.evaluate(() => {
      const log = document.querySelector('[role="log"]') as HTMLElement;
      const rows = [...log.querySelectorAll<HTMLElement>('[data-row-id]')].filter((row) => row.querySelector('[data-role]'));
      const skipped = rows.filter((row) => !row.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })).length;
      const marked = rows.filter((row) => row.style.contentVisibility === 'auto' && /^auto \d/.test(row.style.containIntrinsicSize)).length;
      const before = log.scrollHeight;
      for (const row of rows) row.style.contentVisibility = 'visible';
      const laidOut = log.scrollHeight;
      for (const row of rows) row.style.contentVisibility = 'auto';
      return { rows: rows.length, marked, skipped, before, laidOut };
    });
    expect(skipping.marked).toBe(skipping.rows);
    expect(skipping.skipped).toBeGreaterThan(10);
    expect(Math.abs(skipping.laidOut - skipping.before)).toBeLessThan(1);

    // The row under the top of the view, read in the same evaluation that finds it (rows swap in and
    // out between calls), waiting until there is one.
    const rowAtTop = async () => {
      const found = await page.waitForFunction(
        () => {
          const log = document.querySelector('[role="log"]') as HTMLElement;
          const box = log.getBoundingClientRect();
          const row = document
            .elementFromPoint(box.left + box.width / 2, box.top + 40)
            ?.closest('[data-lazy-row],[data-message-id]') as HTMLElement | null;
          return row
            ? { id: row.getAttribute('data-lazy-row') ?? row.getAttribute('data-message-id')!, top: row.getBoundingClientRect().top }
            : false;
        },
        undefined,
        { timeout: 5000 },
      );
      return (await found.jsonValue()) as { id: string; top: number };
    };

    // A chunk comes back exactly as tall as the space it left: put one's bottom 1,800 px above the
    // view (inside the 2,400 px at which chunks come back, outside the 1,200 px at which rows fill in).
    const probe = await page.evaluate(() => {
      const log = document.querySelector('[role="log"]') as HTMLElement;
      const spacers = [...log.querySelectorAll<HTMLElement>('[data-chunk]')].filter((chunk) => chunk.childElementCount === 0);
      const chunk = spacers[Math.floor(spacers.length / 2)];
      const box = chunk.getBoundingClientRect();
      log.scrollTop = box.top - log.getBoundingClientRect().top + log.scrollTop + box.height + 1800;
      return { index: chunk.dataset.chunk!, height: box.height };
    });
    await page.waitForFunction((index) => (document.querySelector(`[data-chunk="${index}"]`)?.childElementCount ?? 0) > 0, probe.index, {
      timeout: 5000,
    });
    const back = await page.evaluate(
      (index) => document.querySelector(`[data-chunk="${index}"]`)!.getBoundingClientRect().height,
      probe.index,
    );
    expect(Math.abs(back - probe.height)).toBeLessThan(1);

    // Jump to the middle: the chunks there come back under the view.
    await page.evaluate(() => {
      const log = document.querySelector('[role="log"]') as HTMLElement;
      log.scrollTop = log.scrollHeight / 2;
    });
    const anchor = await rowAtTop();

    // Whatever row is at the top of the view stays there while rows around it fill in.
    await page.waitForFunction((id) => document.querySelector(`[data-message-id="${id}"]`) !== null, anchor.id, { timeout: 5000 });
    await page.waitForTimeout(300);
    const after = await page.evaluate((id) => document.querySelector(`[data-message-id="${id}"]`)!.getBoundingClientRect().top, anchor.id);
    expect(Math.abs(after - anchor.top)).toBeLessThan(60);
    expect((await state()).full).toBeLessThan(200);

    // The very top: the first message is there to read.
    await page.evaluate(() => {
      (document.querySelector('[role="log"]') as HTMLElement).scrollTop = 0;
    });
    await page.waitForFunction(() => (document.querySelector('[data-chunk="0"]')?.childElementCount ?? 0) > 0, undefined, {
      timeout: 5000,
    });
    expect((await rowAtTop()).id).toBeTruthy();

    // Sending from the top: the list goes to the new message and follows the reply as it streams.
    await page.getByRole('textbox', { name: 'Message' }).fill('One more question');
    await page.keyboard.press('Enter');
    // The reply being written is never skipped; once done, it is like any other row.
    const whileStreaming = await page.waitForFunction(() => {
      const rows = document.querySelectorAll('[data-role="assistant"]');
      const last = rows[rows.length - 1];
      if (last?.getAttribute('data-status') !== 'streaming') return false;
      return { skip: (last.closest('[data-row-id]') as HTMLElement).style.contentVisibility };
    });
    expect(await whileStreaming.jsonValue()).toEqual({ skip: '' });
    await page.waitForFunction(() => {
      const rows = document.querySelectorAll('[data-role="assistant"]');
      return rows[rows.length - 1]?.getAttribute('data-status') === 'done';
    });
    await page.waitForFunction(() => {
      const rows = document.querySelectorAll('[data-role="assistant"]');
      return (rows[rows.length - 1]?.closest('[data-row-id]') as HTMLElement | null)?.style.contentVisibility === 'auto';
    });
    await page.waitForTimeout(200);
    expect((await state()).fromBottom).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('autocomplete: suggestions appear under a combobox, ArrowDown + Enter picks without sending, Escape closes', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/~demos/docs-components-pro-chat-demo-autocomplete`);
    const input = page.getByRole('combobox', { name: 'Message' });
    await input.fill('Wr');
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').count()).toBe(2);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe('Write a haiku about streaming text');
    expect(await page.locator('[data-role="user"]').count()).toBe(0);
    await input.fill('Ex');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await page.locator('[data-role="user"]').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the languages demo: antd ConfigProvider sets the chat language, and German arrives on first use', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/~demos/docs-components-pro-chat-demo-i18n`);
    await page.getByRole('textbox', { name: '消息' }).waitFor();
    await page.getByText('Deutsch').click();
    await page.getByRole('button', { name: 'Senden' }).waitFor({ timeout: 5000 });
    await page.getByRole('textbox', { name: 'Nachricht' }).fill('Wie geht es?');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'done');
    expect(await replyText(page)).toContain('Wie geht es?');
    await page.getByText('English').click();
    await page.getByRole('button', { name: 'Send' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('older history loads above when scrolled to the top, keeping the reading position, with Retry after a failure', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-older-history');
    const log = page.getByRole('log');
    await log.getByText('Answer 120: a few words, so each row has some height.').waitFor();
    const topOf = (text: string) =>
      page.evaluate((wanted) => {
        const node = [...document.querySelectorAll('[data-part="content"]')].find((element) => element.textContent === wanted);
        return node ? node.getBoundingClientRect().top : null;
      }, text);
    const toTop = () => log.evaluate((element) => element.scrollTo({ top: 0 }));
    // One page: the oldest row shown keeps its place while the page before it goes in above.
    await page.waitForTimeout(300);
    await toTop();
    await page.getByRole('status').filter({ hasText: 'Loading earlier messages' }).waitFor();
    const before = await topOf('Question 101');
    expect(before).not.toBeNull();
    await log.getByText('Question 81', { exact: true }).waitFor({ state: 'attached' });
    await page.waitForTimeout(100);
    const after = await topOf('Question 101');
    expect(Math.abs(after! - before!)).toBeLessThanOrEqual(2);
    // Further up: the third page fails once and offers Retry.
    await toTop();
    await log.getByText('Question 61', { exact: true }).waitFor({ state: 'attached' });
    await toTop();
    const failure = page.getByRole('alert').filter({ hasText: 'Earlier messages could not be loaded' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain('503');
    await log.getByRole('button', { name: 'Retry' }).first().click();
    await log.getByText('Question 41', { exact: true }).waitFor({ state: 'attached' });
    // To the beginning; then the list stops asking.
    for (const first of ['Question 21', 'Question 1']) {
      await toTop();
      await log.getByText(first, { exact: true }).waitFor({ state: 'attached' });
    }
    await toTop();
    await page.locator('[data-part="older-history"]').waitFor({ state: 'detached' });
    await page.screenshot({ path: join(SCREENSHOTS, 'older-history-demo.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the queue demo: two messages sent during a reply are queued and sent in order after it', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-queue');
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('One');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await replyText(page)).length).toBeGreaterThan(5);
    for (const text of ['Two', 'Three']) {
      await box.fill(text);
      await page.keyboard.press('Enter');
    }
    const queue = page.getByRole('list', { name: 'Queued, sent when the reply ends' });
    expect(await queue.getByRole('listitem').allTextContents()).toEqual(['Two', 'Three']);
    await page.screenshot({ path: join(SCREENSHOTS, 'queue-demo.png') });
    await queue.waitFor({ state: 'detached', timeout: 30000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-role="assistant"][data-status="done"]').length === 3, undefined, {
      timeout: 30000,
    });
    const asked = await page.locator('[data-role="user"] [data-part="content"]').allTextContents();
    expect(asked).toEqual(['One', 'Two', 'Three']);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the conversations demo: a reply streams on in the background, and the list and messages survive a reload', async () => {
    const { page, errors } = await openDemo('docs-guide-conversations-demo-conversations');
    const list = page.getByRole('navigation', { name: 'Conversations' });
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.fill('Tell a long story');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await replyText(page)).length, { timeout: 10000 }).toBeGreaterThan(20);
    await list.getByRole('button', { name: /New chat/ }).click();
    const story = list.getByRole('button', { name: /^Tell a long story/ });
    await story.getByLabel('Answering').waitFor();
    await box.fill('Quick question');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'done');
    expect(await replyText(page)).not.toContain('long story');
    await story.getByLabel('Answering').waitFor({ state: 'detached', timeout: 20000 });
    await story.click();
    expect(await replyText(page)).toMatch(/Sentence 20 about “Tell a long story”\.$/);
    expect(await replyStatus(page)).toBe('done');
    await page.screenshot({ path: join(SCREENSHOTS, 'conversations-demo.png') });

    await page.reload();
    await list.getByRole('button', { name: /^Quick question/ }).waitFor();
    expect(await list.getByRole('button', { name: /^Tell a long story/ }).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => replyText(page)).toMatch(/Sentence 20 about “Tell a long story”\.$/);

    // A narrow screen: the list is in a drawer behind a menu button.
    await page.setViewportSize({ width: 480, height: 700 });
    await page.getByRole('button', { name: 'Conversations' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Quick question/ })
      .click();
    await expect.poll(() => replyText(page)).toContain('Quick question');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('message actions demo: editing the question answers it again, as its description says', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-actions');
    const question = page.locator('[data-role="user"]').first();
    await question.hover();
    await question.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('textbox', { name: 'Edit' });
    await editor.fill('An edited question');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() =>
      (document.querySelector('[data-role="assistant"] [data-part="content"]')?.textContent ?? '').startsWith(
        'Reply to “An edited question”',
      ),
    );
    expect(await page.locator('[data-role="assistant"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the versions demo: regenerate and edit keep versions; the picker brings back the turns that followed', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-versions');
    const texts = () => page.locator('[data-message-id] [data-part="content"]').allTextContents();
    const before = await texts();
    expect(before).toHaveLength(4);
    const firstReply = page.locator('[data-role="assistant"]').first();
    await firstReply.hover();
    await firstReply.getByRole('button', { name: 'Regenerate' }).click();
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'done');
    const picker = page.getByRole('group', { name: 'Version 2 of 2' });
    expect(await picker.textContent()).toBe('2 / 2');
    const after = await texts();
    expect(after).toHaveLength(2);
    expect(after[1]).toContain('written from the 1 message on screen');

    // Edit the question of the new version: a third path, from the question itself.
    const question = page.locator('[data-role="user"]').first();
    await question.hover();
    await question.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Edit' }).fill('Suggest a name for a dog');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'done');
    expect((await texts())[0]).toBe('Suggest a name for a dog');
    await page.screenshot({ path: join(SCREENSHOTS, 'versions-demo.png') });

    await page.getByRole('group', { name: 'Version 2 of 2' }).getByRole('button', { name: 'Previous version' }).click();
    expect((await texts())[0]).toBe(before[0]);
    expect((await texts())[1]).toContain('written from the 1 message on screen');
    await page.getByRole('group', { name: 'Version 2 of 2' }).getByRole('button', { name: 'Previous version' }).click();
    expect(await texts()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the prompts demo: a card sends its message; follow-ups appear under the reply and send on click', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-prompts');
    expect(await page.getByRole('heading', { name: 'Hello, I am your assistant' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'prompts-demo.png') });
    await page
      .getByRole('list', { name: 'Suggestions to start with' })
      .getByRole('button', { name: /Name my project/ })
      .click();
    const followUps = page.getByRole('list', { name: 'Suggested follow-ups' });
    await followUps.waitFor({ timeout: 20000 });
    expect(await page.locator('[data-role="user"] [data-part="content"]').allTextContents()).toEqual([
      'Suggest five short names for a note-taking app',
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'follow-ups.png') });
    await followUps.getByRole('button', { name: 'Give an example' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-role="assistant"][data-status="done"]').length === 2, undefined, {
      timeout: 20000,
    });
    expect(await followUps.getByRole('button', { name: 'Sum up (2 so far)' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('right to left: the chat mirrors, user messages on the left and replies on the right', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-rtl');
    await sendAndWait(page, 'ומה מחר?');
    const box = async (selector: string) => (await page.locator(selector).last().boundingBox())!;
    const user = await box('[data-role="user"] [data-part="content"]');
    const reply = await box('[data-role="assistant"] [data-part="content"]');
    const send = await box('button[aria-label="Send"]');
    const input = await box('textarea');
    expect(await page.locator('[role="log"]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // Mirrored: the user's bubble starts at the left edge, the reply ends at the right one.
    expect(user.x).toBeLessThan(200);
    expect(reply.x + reply.width).toBeGreaterThan(700);
    expect(send.x).toBeLessThan(input.x + input.width / 2);
    await page.screenshot({ path: join(SCREENSHOTS, 'rtl-demo.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the model picker demo: the picked model answers', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-models');
    await page.getByRole('combobox', { name: 'Model' }).click();
    await page.getByTitle('Qwen Max').click();
    await sendAndWait(page, 'Which model are you?');
    expect(await replyText(page)).toContain('qwen-max answers');
    await page.screenshot({ path: join(SCREENSHOTS, 'models-demo.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the mermaid demo: the fence streams as source, then becomes an svg; a hostile diagram runs nothing', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-mermaid');
    await sendAndWait(page, 'How is a reply made?');
    const diagram = page.locator('[data-part="diagram-drawing"] > svg');
    await diagram.waitFor({ timeout: 30000 });
    expect(
      await page.locator('[data-part="diagram-drawing"] > svg text, [data-part="diagram-drawing"] > svg tspan').allTextContents(),
    ).toEqual(expect.arrayContaining(['Question']));
    await page.screenshot({ path: join(SCREENSHOTS, 'mermaid-demo.png') });
    await page.getByRole('button', { name: 'Show source' }).click();
    expect(await page.locator('[data-part="code-block"]').last().textContent()).toContain('flowchart LR');
    await page.getByRole('button', { name: 'Show diagram' }).click();

    // Labels that try HTML, a click callback and a javascript: link: drawn as text, nothing runs.
    const hostile = [
      '```mermaid',
      'flowchart LR',
      '  A["<img src=x onerror=window.__pwned=1>"] --> B',
      '  click A callback "tip"',
      '  click B "javascript:window.__pwned=2"',
      '```',
    ].join('\n');
    await sendAndWait(page, hostile);
    // The user's message is markdown too: both it and the reply draw the diagram (or say why not).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-role="user"], [data-role="assistant"]')]
          .slice(-2)
          .every((row) => row.querySelector('[data-part="diagram-drawing"] > svg, [data-part="diagram-error"]')),
      undefined,
      { timeout: 30000 },
    );
    const unsafe = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('[data-role="user"], [data-role="assistant"]')].slice(-2);
      return rows
        .flatMap((row) => [...row.querySelectorAll('[data-part^="diagram"] *')])
        .flatMap((el) => [
          ...(el.tagName.toLowerCase() === 'img' || el.tagName.toLowerCase() === 'foreignobject' ? [el.tagName] : []),
          ...[...el.attributes]
            .filter((attr) => /^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value))
            .map((attr) => `${el.tagName} ${attr.name}=${attr.value}`),
        ]);
    });
    expect(unsafe).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the timeouts demo: a 503 is retried unseen; a stalled stream fails after the idle timeout with its words kept', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-timeouts');
    await sendAndWait(page, 'hello', 'error');
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('nothing new came for 2 s (streamIdleTimeout)');
    expect(await replyText(page)).toContain('This answer starts, and then the server stops');
    // The 503 before it never showed: one reply, and it is the stalled one.
    expect(await page.locator('[data-role="assistant"]').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'timeouts-demo.png') });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'done');
    expect(await replyText(page)).toContain('The third request answers in full');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('regenerate answers again; the error demo shows the server message and Retry recovers', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-actions');
    const assistant = page.locator('[data-role="assistant"]').first();
    await assistant.hover();
    await assistant.getByRole('button', { name: 'Regenerate' }).click();
    await page.waitForFunction(() =>
      (document.querySelector('[data-role="assistant"] [data-part="content"]')?.textContent ?? '').startsWith('Reply to'),
    );
    expect(await page.locator('[data-role="assistant"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();

    const demo = await openDemo('docs-components-pro-chat-demo-errors');
    await sendAndWait(demo.page, 'first', 'error');
    const alert = demo.page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Upstream model crashed (mock)');
    expect((await replyText(demo.page)).length).toBeGreaterThan(0);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await demo.page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes('overloaded'));
    await demo.page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await demo.page.waitForFunction(() => {
      const rows = document.querySelectorAll('[data-role="assistant"]');
      return rows[rows.length - 1]?.getAttribute('data-status') === 'done';
    });
    await demo.page.waitForFunction(() =>
      [...document.querySelectorAll('[data-role="assistant"] [data-part="content"]')].some((el) =>
        el.textContent?.includes('this reply completes.'),
      ),
    );
    await demo.page.screenshot({ path: join(SCREENSHOTS, 'errors.png') });
    expect(demo.errors).toEqual([]);
    await demo.page.close();
  });

  it('scrolling: follows the bottom while streaming, lets go when scrolled up, Back to bottom re-attaches', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-long');
    await page.getByRole('textbox', { name: 'Message' }).fill('long please');
    await page.keyboard.press('Enter');
    const log = page.getByRole('log');
    const distance = () => log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
    await page.waitForFunction(() => {
      const el = document.querySelector('[role="log"]') as HTMLElement;
      return el.scrollHeight > el.clientHeight + 300;
    });
    expect(await distance()).toBeLessThan(40);
    // Scroll up: the list must stay where the user put it while text keeps arriving.
    await log.evaluate((el) => el.scrollBy(0, -250));
    await page.waitForTimeout(100);
    const top = await log.evaluate((el) => el.scrollTop);
    await page.waitForTimeout(800);
    expect(Math.abs((await log.evaluate((el) => el.scrollTop)) - top)).toBeLessThan(2);
    expect(await lastStatus(page)).toBe('streaming');
    const back = page.getByRole('button', { name: 'Back to bottom' });
    await back.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'long-scrolled-up.png') });
    await back.click();
    // Between a render (a task) and the next frame's resize callback, the newest lines can sit below
    // the fold for that instant (never painted so): judge by what the following frames show.
    await expect.poll(distance, { timeout: 2000 }).toBeLessThan(40);
    await page.waitForTimeout(600);
    await expect.poll(distance, { timeout: 2000 }).toBeLessThan(40);
    // The layout fills its container and follows it: shrink the container, the chat shrinks with
    // it and the reply stays pinned to the bottom.
    const heights = await log.evaluate(async (el) => {
      const root = el.parentElement!.parentElement!;
      const box = root.parentElement!;
      const before = root.getBoundingClientRect().height;
      box.style.height = '250px';
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { before, after: root.getBoundingClientRect().height, box: box.getBoundingClientRect().height };
    });
    expect(heights.after).toBeLessThan(heights.before);
    expect(Math.abs(heights.after - heights.box)).toBeLessThan(2);
    expect(await distance()).toBeLessThan(40);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('dark mode and a narrow screen render', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-dark');
    const background = await page
      .getByRole('log')
      .evaluate((el) => getComputedStyle(el.closest('[class]')!.parentElement!).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(SCREENSHOTS, 'dark.png') });
    await page.setViewportSize({ width: 375, height: 700 });
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'dark-narrow.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('persistence in Chromium', () => {
  it('a reload keeps the conversation; a reply cut by the reload comes back as interrupted, with Retry', async () => {
    const { page, errors } = await openDemo('docs-guide-persistence-demo-persistence');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('textbox', { name: 'Message' }).waitFor();
    await page.getByRole('textbox', { name: 'Message' }).fill('Remember me');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (document.querySelector('[data-role="assistant"] [data-part="content"]')?.textContent ?? '').length > 30,
    );
    await page.reload();
    await page.getByRole('log').getByText('Remember me').waitFor();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The page was reloaded before this reply finished.');
    expect(await page.locator('[data-role="assistant"]').getAttribute('data-status')).toBe('error');
    await alert.getByRole('button', { name: 'Retry' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'persistence-interrupted.png') });
    await page.evaluate(() => localStorage.clear());
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility in Chromium (axe-core)', () => {
  it('the main demos have no serious or critical axe violations, before and after a reply', async () => {
    const axePath = join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');
    for (const id of [
      'docs-demo-basic',
      'docs-components-pro-chat-demo-actions',
      'docs-components-pro-chat-demo-dark',
      'docs-components-pro-chat-demo-meta',
    ]) {
      const { page, errors } = await openDemo(id);
      await page.addScriptTag({ path: axePath });
      const audit = async () =>
        page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  context: unknown,
                  options: unknown,
                ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }>;
              };
            }
          ).axe;
          // The docs site's own page-loading bar (nprogress) is not part of the component.
          const result = await axe.run({ include: [['body']], exclude: [['#nprogress']] }, { resultTypes: ['violations'] });
          return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
        });
      expect({ id, violations: await audit() }).toEqual({ id, violations: [] });
      await sendAndWait(page, 'Accessibility check');
      expect({ id, after: await audit() }).toEqual({ id, after: [] });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('keyboard: Tab reaches the actions with a visible focus ring, Escape stops a reply and focus returns to the input', async () => {
    const { page, errors } = await openDemo('docs-components-pro-chat-demo-long');
    await page.getByRole('textbox', { name: 'Message' }).fill('go');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'streaming');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'aborted');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Message');
    // Shift+Tab walks back into the message actions; the focused one has a visible ring.
    let found = '';
    for (let i = 0; i < 12 && !found; i += 1) {
      await page.keyboard.press('Shift+Tab');
      found = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest('[data-part="actions"]')) return '';
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
        return ring || style.boxShadow !== 'none' ? (el.getAttribute('aria-label') ?? 'unnamed') : 'no-ring';
      });
    }
    expect(['Copy', 'Regenerate', 'Edit', 'Delete']).toContain(found);
    expect(errors).toEqual([]);
    await page.close();
  });
});
