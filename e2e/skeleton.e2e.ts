import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../server/start';
import { openPopupFor } from './support/browser';
import { useExtensionBrowser } from './support/extension-session';
import { flaggedNamed } from './support/flagged-names';

// The whole path once: a flagged account on a page → the popup → a report in IndexedDB →
// the options page → the reference endpoint → its SQLite file.
describe('walking skeleton', () => {
  const env = useExtensionBrowser({ page: 'http://weibo.com/' });
  let endpoint: RunningServer;

  beforeAll(async () => {
    const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-e2e-db-')), 'claimcheck.db');
    endpoint = await startServer({ host: '127.0.0.1', port: 0, dbPath, tokens: ['e2e-token'] });
  });

  afterAll(async () => {
    await endpoint?.close();
  });

  it('highlights the impostor and leaves the genuine verified account alone', async () => {
    const impostor = flaggedNamed(env.page, '中国人民解放军火箭军司令部').first();
    await expect.poll(() => impostor.count(), { timeout: 15_000 }).toBe(1);
    expect(await impostor.getAttribute('data-claimcheck-flag')).toContain('military');
    expect(['medium', 'high']).toContain(await impostor.getAttribute('data-claimcheck-severity'));
    expect(await env.page.locator('[data-claimcheck-badge]').count()).toBeGreaterThan(0);
    const genuine = env.page.locator('a', { hasText: '中国军网' }).first();
    expect(await genuine.count()).toBe(1);
    expect(await genuine.getAttribute('data-claimcheck-flag')).toBeNull();
  });

  it('shows the flag count on the action badge and lists the account in the popup', async () => {
    const popup = await openPopupFor(env.browser, env.page);
    const item = popup.getByTestId('flag-item').filter({ hasText: '中国人民解放军火箭军司令部' });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    const tabId = await env.browser.worker.evaluate(async () => (await chrome.tabs.query({ url: 'http://weibo.com/*' }))[0]?.id);
    const badge = await env.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!);
    expect(Number(badge)).toBeGreaterThanOrEqual(1);

    await item.getByRole('button', { name: /^Report: / }).click();
    await popup.getByLabel('Note').fill('冒充火箭军司令部 / impersonates a PLA command');
    await popup.getByRole('button', { name: 'File report' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toContain('saved');
    await popup.close();
  });

  it('shows the filed report on the options page', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const row = options.getByTestId('history-row').filter({ hasText: '中国人民解放军火箭军司令部' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.getByTestId('report-status').getAttribute('data-status')).toBe('local');
    await options.close();
  });

  it("with sync on, the report lands in the reference endpoint's SQLite file", async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByLabel('Endpoint URL').fill(endpoint.url);
    await options.getByLabel('Access token').fill('e2e-token');
    await options.getByLabel('Sync reports automatically').check();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => options.getByRole('status').filter({ hasText: 'saved' }).textContent(), { timeout: 10_000 })
      .toContain('saved');

    const rows = () => endpoint.store.count();
    await expect.poll(rows, { timeout: 20_000, interval: 250 }).toBe(1);
    const stored = JSON.parse(endpoint.store.listInReceivedOrder({ afterSeq: 0 }, 10)[0]!.content);
    expect(stored.account.displayName).toBe('中国人民解放军火箭军司令部');
    expect(stored.category).toBe('military');
    expect(stored.note).toContain('火箭军');
    expect(stored.evidence.signals.length).toBeGreaterThan(0);

    await options.reload();
    const status = options.getByTestId('history-row').first().getByTestId('report-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('synced');
    await options.close();
  });
});
