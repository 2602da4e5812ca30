// Drives the Next.js consumer app (next start on 127.0.0.1) in Chromium: the server-component page
// renders ProChat, a reply streams from the route handler, Stop keeps the partial reply, and the
// page logs no error and no hydration warning. Exported for tests/consumers/run.mjs.

/** @param {import('playwright-core').Browser} browser */
export async function checkNextApp(browser, origin, screenshot) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' || /hydrat|did not match/i.test(text)) problems.push(`console ${m.type()}: ${text}`);
  });
  try {
    // Both route handlers answer, the Node one and the edge one.
    for (const path of ['/api/chat', '/api/chat-edge']) {
      const response = await fetch(`${origin}${path}`, {
        method: 'POST',
        body: JSON.stringify({ messages: [{ role: 'user', content: 'ping' }] }),
      });
      const text = await response.text();
      if (!text.startsWith('You said: ping.')) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 200)}`);
    }

    await page.goto(`${origin}/`);
    // The server-rendered HTML already has the chat; it must stay the same through hydration.
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.waitFor({ timeout: 15000 });
    await page.waitForFunction(() => document.body.textContent?.includes('Ask the model anything.'));

    const assistant = () =>
      page.evaluate(() => {
        const rows = document.querySelectorAll('[data-role="assistant"]');
        const row = rows[rows.length - 1];
        return {
          count: rows.length,
          status: row?.getAttribute('data-status'),
          text: row?.querySelector('[data-part="content"]')?.textContent ?? '',
        };
      });

    await box.fill('Hello');
    await page.keyboard.press('Enter');
    const lengths = new Set();
    for (let i = 0; i < 100; i += 1) {
      const state = await assistant();
      if (state.text) lengths.add(state.text.length);
      if (state.status === 'done') break;
      await page.waitForTimeout(50);
    }
    const first = await assistant();
    if (
      first.status !== 'done' ||
      first.text !== 'You said: Hello. This answer streams token by token, a few words at a time, so you can watch it arrive.'
    )
      throw new Error(`first reply: ${JSON.stringify(first)}`);
    if (lengths.size < 3) throw new Error(`the reply did not stream (saw lengths ${[...lengths]})`);

    await box.fill('Write something long');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => {
        const rows = document.querySelectorAll('[data-role="assistant"]');
        return rows.length === 2 && (rows[1].querySelector('[data-part="content"]')?.textContent ?? '').length > 40;
      },
      null,
      { timeout: 15000 },
    );
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-role="assistant"]')[1]?.getAttribute('data-status') === 'aborted',
      null,
      { timeout: 5000 },
    );
    const stopped = await assistant();
    await page.waitForTimeout(500);
    const later = await assistant();
    if (!stopped.text.startsWith('Sentence 1 of a long answer.') || later.text !== stopped.text)
      throw new Error(`after Stop: ${JSON.stringify({ stopped, later })}`);
    if (stopped.text.includes('Sentence 60')) throw new Error('Stop came after the whole answer');
    if (problems.length) throw new Error(problems.join(' | '));
    if (screenshot) await page.screenshot({ path: screenshot });

    // German from the server on: the HTML already has the strings, and hydration keeps them.
    const html = await fetch(`${origin}/de`).then((r) => r.text());
    if (!html.includes('Nachricht eingeben')) throw new Error(`/de: the server's HTML is not German: ${html.slice(0, 300)}`);
    await page.goto(`${origin}/de`);
    await page.getByRole('button', { name: 'Senden' }).waitFor({ timeout: 15000 });
    await page.getByRole('textbox', { name: 'Nachricht' }).fill('Hallo');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-role="assistant"]')?.getAttribute('data-status') === 'done', null, {
      timeout: 15000,
    });
    if (problems.length) throw new Error(`/de: ${problems.join(' | ')}`);
    return `a server-component page rendered ProChat; a reply streamed over ${lengths.size} observations from the route handler (Node and edge routes answer); Stop kept ${stopped.text.length} characters; a German page rendered on the server; no errors or hydration warnings`;
  } finally {
    await page.close();
  }
}
