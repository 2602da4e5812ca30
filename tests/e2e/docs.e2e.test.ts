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
    const partial = await replyText(page);
    expect(partial.length).toBeGreaterThan(0);
    await page.waitForTimeout(400);
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
