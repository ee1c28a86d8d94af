import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor } from './support/browser';
import { useExtensionBrowser } from './support/extension-session';
import { badgeButtonAfter, flaggedNamed } from './support/flagged-names';
import { HOSTILE_PREFIX, HOSTILE_STRINGS, hostileWeiboPage } from './support/hostile-page';

const RESULTS = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-hostile-'));
const HOSTILE = HOSTILE_PREFIX;

/** Nothing the page or an account name carried ran, and no markup of theirs became elements (the chart's own table toggle is a details). */
async function expectInert(page: Page, scope = 'body') {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(
    await page
      .locator(
        `${scope} iframe, ${scope} img[src="x"], ${scope} math, ${scope} details:not(#chart > .chart-table), ${scope} input[autofocus]`,
      )
      .count(),
  ).toBe(0);
}

/** No sideways scrolling: long names wrap or are cut, the page keeps its width. */
async function expectNoOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client + 1);
}

describe(`${HOSTILE_STRINGS.length} hostile names through page, popup, report, history and export`, () => {
  const env = useExtensionBrowser({
    routes: { 'weibo.com/hostile': { html: hostileWeiboPage() } },
    page: 'http://weibo.com/hostile',
  });

  it('flags them in the page as text, with badges of bounded size', async () => {
    const hostile = flaggedNamed(env.page, HOSTILE);
    await expect.poll(() => hostile.count(), { timeout: 20_000 }).toBe(HOSTILE_STRINGS.length);
    await expectInert(env.page);
    for (const box of await env.page
      .locator('[data-claimcheck-badge]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      expect(box.width).toBeLessThan(200);
      expect(box.height).toBeLessThan(40);
    }
    const longest = badgeButtonAfter(hostile.filter({ hasText: 'WWWW' }));
    await longest.click();
    const dialog = env.page.getByRole('dialog');
    const box = (await dialog.boundingBox())!;
    const viewport = env.page.viewportSize()!;
    expect(box.width).toBeLessThanOrEqual(viewport.width * 0.9 + 1);
    expect(box.height).toBeLessThanOrEqual(viewport.height * 0.6 + 1);
    await env.page.keyboard.press('Escape');
    await expectInert(env.page);
  });

  it('lists them in the popup and files a report for each', async () => {
    const popup = await openPopupFor(env.browser, env.page);
    const items = popup.getByTestId('flag-item').filter({ hasText: HOSTILE });
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(HOSTILE_STRINGS.length);
    await expectInert(popup);
    await expectNoOverflow(popup);
    for (let i = 0; i < HOSTILE_STRINGS.length; i++) {
      // Filed ones stay in the list; always take the i-th hostile item.
      await items
        .nth(i)
        .getByRole('button', { name: /^Report: / })
        .click();
      await popup.getByRole('button', { name: 'File report' }).click();
      await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toContain('saved');
    }
    await expectInert(popup);
    await popup.close();
  });

  it('shows them in the history and exports them unchanged as JSON and CSV', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await expect
      .poll(() => options.getByTestId('history-row').filter({ hasText: HOSTILE }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await expectInert(options);
    await expectNoOverflow(options);

    // The export's file content, caught where the page hands it to the download. (Playwright's
    // own download capture is taken over by the CDP connections the popup tests open.)
    await options.evaluate(() => {
      const caught: Blob[] = [];
      (window as { __exports?: Blob[] }).__exports = caught;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) caught.push(blob);
        return create(blob);
      };
    });
    const exported = async (button: string) => {
      const count = () => options.evaluate(() => (window as { __exports?: Blob[] }).__exports?.length ?? 0);
      const before = await count();
      await options.getByRole('button', { name: button }).click();
      // Export reads the store at the click, then makes its file: wait for that file.
      await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(before);
      return options.evaluate(async () => {
        const bytes = new Uint8Array(await (window as { __exports?: Blob[] }).__exports!.at(-1)!.arrayBuffer());
        return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), head: [...bytes.slice(0, 3)] };
      });
    };
    const json = (await exported('Export JSON')).text;
    fs.writeFileSync(path.join(RESULTS, 'hostile-export.json'), json);
    const names: string[] = JSON.parse(json).reports.map(
      (r: { report: { account: { displayName: string } } }) => r.report.account.displayName,
    );
    expect(names.filter((n) => n.startsWith(HOSTILE))).toHaveLength(HOSTILE_STRINGS.length);
    for (const plain of HOSTILE_STRINGS.slice(0, 13)) expect(names).toContain(`${HOSTILE}${plain}`);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(200);

    const csv = await exported('Export CSV');
    expect(csv.head).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toContain('"火箭军司令部#<img src=x onerror=""window.__pwned=1"">"');
    await expectInert(options);
    await options.close();
  });
});
