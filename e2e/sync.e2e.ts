import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../server/start';
import { openPopupFor } from './support/browser';
import { storedReports } from './support/extension-data';
import { useExtensionBrowser } from './support/extension-session';

const IMPOSTOR = '中国人民解放军火箭军司令部';

// The endpoint goes away after sync is set up: the report waits as `pending`, the popup and the
// history say why, and it arrives once the endpoint is back, with nobody touching anything.
describe('sync through an endpoint outage', () => {
  // No tab from the helper: the weibo.com tab opens only once sync is set up.
  const env = useExtensionBrowser({ page: false });
  let endpoint: RunningServer;
  let page: Page;
  let dbPath: string;

  beforeAll(async () => {
    dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-e2e-sync-')), 'claimcheck.db');
    endpoint = await startServer({ host: '127.0.0.1', port: 0, dbPath, tokens: ['t0ken'] });
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByLabel('Endpoint URL').fill(endpoint.url);
    await options.getByLabel('Access token').fill('t0ken');
    await options.getByLabel('Sync reports automatically').check();
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Settings saved.').waitFor({ timeout: 10_000 });
    await options.close();
    page = await env.browser.context.newPage();
    await page.goto('http://weibo.com/');
  });

  afterAll(async () => {
    await endpoint?.close();
  });

  it('keeps the report pending while the endpoint is down, says why, and delivers it when it is back', async () => {
    const port = endpoint.port;
    await endpoint.close();

    const popup = await openPopupFor(env.browser, page);
    await popup
      .getByTestId('flag-item')
      .filter({ hasText: IMPOSTOR })
      .getByRole('button', { name: /^Report: / })
      .click();
    await popup.getByLabel('Note').fill('filed while the endpoint is down');
    await popup.getByRole('button', { name: 'File report' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toContain('saved');
    await expect
      .poll(() => popup.getByTestId('sync-state').textContent(), { timeout: 15_000 })
      .toMatch(/Last sync: .*retrying in/);
    expect(await popup.getByTestId('sync-counts').textContent()).toContain('1 pending');
    await popup.close();

    const [report] = (await storedReports(env.browser.worker)).filter(
      (r) => r.report.note === 'filed while the endpoint is down',
    );
    expect(report).toMatchObject({ status: 'pending' });
    expect(report!.attempts.at(-1)).toMatchObject({ outcome: 'retry' });

    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const status = options.getByTestId('history-row').filter({ hasText: IMPOSTOR }).getByTestId('report-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('pending');
    expect(await status.textContent()).toMatch(/retrying in/);

    // Back on the same address and database file; the retry comes from the alarm, not from us.
    endpoint = await startServer({ host: '127.0.0.1', port, dbPath, tokens: ['t0ken'] });
    await expect.poll(() => endpoint.store.count(), { timeout: 60_000, interval: 500 }).toBe(1);
    const stored = JSON.parse(endpoint.store.listInReceivedOrder({ afterSeq: 0 }, 10)[0]!.content);
    expect(stored).toMatchObject({ id: report!.report.id, note: 'filed while the endpoint is down', category: 'military' });
    await options.reload();
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('synced');
    await options.close();
  }, 120_000);
});
