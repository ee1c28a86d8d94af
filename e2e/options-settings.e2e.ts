import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../server/start';
import { translator } from '../utils/i18n';
import { runAxe } from './support/axe';
import { useExtensionBrowser } from './support/extension-session';
import { openSeededOptions, RESULTS } from './support/options-history';

describe('options page: settings, retry, accessibility, language', () => {
  const env = useExtensionBrowser();
  let endpoint: RunningServer;
  let url: string;

  beforeAll(async () => {
    const dbPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-options-db-')), 'c.db');
    endpoint = await startServer({ host: '127.0.0.1', port: 0, dbPath, tokens: ['e2e-token'] });
    url = await openSeededOptions(env);
  });

  afterAll(async () => {
    await endpoint?.close();
  });

  it('keeps settings across a reload, shows errors inline without losing input, and tests the connection', async () => {
    const endpointField = env.page.getByLabel('Endpoint URL');
    await endpointField.fill('http://example.org/cc');
    await env.page.getByLabel('Access token').fill('secret-token');
    await env.page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => env.page.locator('#endpoint-url-error').textContent()).toContain('Use https');
    expect(await endpointField.inputValue()).toBe('http://example.org/cc');
    expect(await endpointField.getAttribute('aria-invalid')).toBe('true');

    await endpointField.fill(endpoint.url);
    // A token the endpoint refuses fails the test (the endpoint checks a token sent to /v1/health).
    await env.page.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => env.page.getByTestId('connection-result').textContent()).toContain('403');
    await env.page.getByLabel('Access token').fill('e2e-token');
    await env.page.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => env.page.getByTestId('connection-result').textContent()).toContain('Connected');
    await env.page.getByLabel('Sync reports automatically').check();
    await expect.poll(() => env.page.getByTestId('sync-disclosure').textContent()).toContain(`${endpoint.url}/v1/reports`);
    await env.page.getByLabel('Sync reports automatically').uncheck();
    await env.page.getByRole('radio', { name: /^High/ }).check();
    await env.page.getByRole('checkbox', { name: 'Douyin' }).uncheck();
    await env.page.locator('#keywords-military').fill('战区司令部\n\n自封将军');
    await env.page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => env.page.getByRole('status').filter({ hasText: 'saved' }).textContent()).toContain('saved');

    await env.page.reload();
    await env.page.getByLabel('Endpoint URL').waitFor();
    expect(await env.page.getByLabel('Endpoint URL').inputValue()).toBe(endpoint.url);
    expect(await env.page.getByLabel('Access token').inputValue()).toBe('e2e-token');
    expect(await env.page.getByLabel('Access token').getAttribute('type')).toBe('password');
    expect(await env.page.getByRole('radio', { name: /^High/ }).isChecked()).toBe(true);
    expect(await env.page.getByRole('checkbox', { name: 'Douyin' }).isChecked()).toBe(false);
    expect(await env.page.locator('#keywords-military').inputValue()).toBe('战区司令部\n自封将军');
    expect(await env.page.getByLabel('Sync reports automatically').isChecked()).toBe(false);
  });

  it('retries a rejected report now: it goes out again and comes back synced', async () => {
    await env.page.getByLabel('Endpoint URL').fill(endpoint.url);
    await env.page.getByLabel('Access token').fill('e2e-token');
    await env.page.getByLabel('Sync reports automatically').check();
    await env.page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => env.page.getByRole('status').filter({ hasText: 'saved' }).textContent()).toContain('saved');
    await env.page.reload();
    await env.page.getByLabel('Status', { exact: true }).selectOption('rejected');
    const row = env.page.getByTestId('history-row').first();
    const id = await row.getAttribute('data-report-id');
    await row.getByRole('button', { name: /^Details/ }).click();
    await env.page.getByRole('dialog').getByRole('button', { name: 'Retry now' }).click();
    await env.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await env.page.getByLabel('Status', { exact: true }).selectOption('');
    const retried = env.page.locator(`[data-report-id="${id}"] [data-testid=report-status]`);
    await expect.poll(() => retried.getAttribute('data-status'), { timeout: 20_000 }).toBe('synced');
    // Sync off again, so the timing test below is not racing a background upload.
    await env.page.getByLabel('Sync reports automatically').uncheck();
    await env.page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => env.page.getByRole('status').filter({ hasText: 'saved' }).textContent()).toContain('saved');
  });

  it('has no serious or critical axe issue, and switches to 简体中文 and back at once', async () => {
    await env.page.getByTestId('history-row').first().waitFor();
    expect(await runAxe(env.page)).toEqual([]);
    await env.page.screenshot({ path: path.join(RESULTS, 'options-en.png'), fullPage: true });

    await env.page.locator('#language').selectOption('zh_CN');
    await expect.poll(() => env.page.getByRole('heading', { level: 1 }).textContent()).toBe('ClaimCheck 设置与记录');
    expect(await env.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // Fields are named by their translated labels: a screen reader reads Chinese, not "Endpoint URL".
    const zh = translator('zh_CN');
    for (const key of ['fieldEndpointUrl', 'fieldAccessToken', 'fieldSyncEnabled'] as const) {
      expect(await env.page.getByLabel(zh(key), { exact: true }).count(), key).toBe(1);
    }
    expect(await env.page.getByLabel('Endpoint URL').count()).toBe(0);
    expect(await env.page.getByLabel('Sync reports automatically').count()).toBe(0);
    // Named by its visible word alone: a screen reader in Chinese reads 保存, not "保存 Save".
    expect(await env.page.getByRole('button', { name: '保存', exact: true }).count()).toBe(1);
    expect(await env.page.getByRole('button', { name: '保存', exact: true }).getAttribute('aria-label')).toBeNull();
    expect(await runAxe(env.page)).toEqual([]);
    await env.page.screenshot({ path: path.join(RESULTS, 'options-zh_CN.png'), fullPage: true });

    await env.page.reload();
    await expect.poll(() => env.page.getByRole('heading', { level: 1 }).textContent()).toBe('ClaimCheck 设置与记录');
    await env.page.locator('#language').selectOption('en');
    await expect.poll(() => env.page.getByRole('heading', { level: 1 }).textContent()).toBe('ClaimCheck settings and history');
  });

  it('opens at "How ClaimCheck decides" from the popover link (options.html#how)', async () => {
    await env.page.goto(`${url}#how`);
    await env.page.getByTestId('history-count').waitFor();
    const how = env.page.locator('#how');
    await expect.poll(() => how.evaluate((e) => e === document.activeElement)).toBe(true);
    // In view near the top (it is the last section, so the page may not scroll it flush to the top).
    const top = () => how.evaluate((e) => Math.round(e.getBoundingClientRect().top));
    await expect.poll(top).toBeLessThan(450);
    expect(await top()).toBeGreaterThanOrEqual(0);
    expect(await how.textContent()).toContain('A paid badge (bought, not checked) counts for nothing');
    await env.page.goto(url);
  });
});
