import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../utils/i18n';
import { runAxe } from './support/axe';
import { openPopupFor } from './support/browser';
import { storedReports, storedSettings } from './support/extension-data';
import { useExtensionBrowser } from './support/extension-session';

const IMPOSTOR = '中国人民解放军火箭军司令部';
const IMPOSTOR_POST = '火箭军司令部通知：即日起开放内部招募，私信报名。';
const RESULTS = path.resolve(import.meta.dirname, '../test-results');

describe('popup', () => {
  // '<all_urls>' stands in for the activeTab grant a click on the toolbar button gives.
  const env = useExtensionBrowser({ extraHostPermissions: ['<all_urls>'], page: 'http://weibo.com/' });

  beforeAll(async () => {
    await env.page.locator('[data-claimcheck-flag]').first().waitFor({ timeout: 15_000 });
  });

  it("shows the site status and this tab's flags, most severe first", async () => {
    const popup = await openPopupFor(env.browser, env.page);
    // The tab's state reaches the background up to 0.5 s after the page's first flag (the tab
    // reporter's debounce) and the popup reads it again every 1.5 s: a popup opened at once can
    // show the site before its counts.
    await expect
      .poll(() => popup.getByTestId('site-status').textContent(), { timeout: 5000 })
      .toMatch(/Weibo · Supported site · \d+ accounts checked/);
    const severities = await popup
      .getByTestId('flag-item')
      .evaluateAll((items) => items.map((i) => i.className.match(/severity-(\w+)/)?.[1]));
    const rank = { high: 3, medium: 2, low: 1 } as Record<string, number>;
    expect(severities.length).toBeGreaterThanOrEqual(2);
    expect(severities.map((s) => rank[s!])).toEqual([...severities.map((s) => rank[s!])].sort((a, b) => b! - a!));
    await popup.close();
  });

  it('is usable by keyboard, passes axe in English and 简体中文, and is saved as screenshots', async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    for (const lang of ['en', 'zh_CN'] as const) {
      await env.browser.worker.evaluate(async (language) => {
        const { settings } = (await chrome.storage.local.get('settings')) as { settings?: { revision?: number } };
        await chrome.storage.local.set({ settings: { ...settings, language, revision: (settings?.revision ?? 0) + 1 } });
      }, lang);
      const popup = await openPopupFor(env.browser, env.page);
      await popup.getByTestId('flag-item').first().waitFor({ timeout: 10_000 });
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang === 'en' ? 'en' : 'zh-CN');
      expect(await runAxe(popup)).toEqual([]);
      await popup.screenshot({ path: path.join(RESULTS, `popup-${lang}.png`), fullPage: true });
      // Keyboard: Tab reaches the first flag's Report button; Enter opens the form with the category focused next.
      await popup.locator('body').focus();
      let reached = false;
      for (let i = 0; i < 15 && !reached; i++) {
        await popup.keyboard.press('Tab');
        reached = await popup.evaluate(() => !!document.activeElement?.matches('[data-testid="flag-item"] button.primary'));
      }
      expect(reached).toBe(true);
      // Named with its account, in the page's language: a list of flags is not a list of "Report"s.
      const reportName = await popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      const firstName = await popup.getByTestId('flag-item').first().locator('.flag-name').textContent();
      expect(reportName).toBe(translator(lang)('reportFor', firstName ?? ''));
      await popup.keyboard.press('Enter');
      // The fields are named by their labels in the language in effect, English nowhere in 简体中文.
      const t = translator(lang);
      await popup.getByRole('combobox', { name: t('fieldCategory'), exact: true }).waitFor();
      expect(await popup.getByRole('textbox', { name: t('fieldNote'), exact: true }).count()).toBe(1);
      if (lang === 'zh_CN') expect(await popup.getByLabel(/Category|Note/).count()).toBe(0);
      expect(await runAxe(popup)).toEqual([]);
      await popup.screenshot({ path: path.join(RESULTS, `popup-report-form-${lang}.png`), fullPage: true });
      await popup.getByRole('button', { name: lang === 'en' ? 'Cancel' : '取消' }).click();
      // Focus goes back to the Report button the form was opened from.
      await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(reportName);
      await popup.close();
    }
    await env.browser.worker.evaluate(async () => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings: { revision: number } };
      await chrome.storage.local.set({ settings: { ...settings, language: 'auto', revision: settings.revision + 1 } });
    });
  });

  it('keeps a half-filled report when the popup closes, and files it with the evidence shown', async () => {
    let popup = await openPopupFor(env.browser, env.page);
    await popup
      .getByTestId('flag-item')
      .filter({ hasText: IMPOSTOR })
      .getByRole('button', { name: /^Report: / })
      .click();
    // The post's text is asked of the page only now, and offered as the snippet.
    await expect.poll(() => popup.getByLabel('Snippet', { exact: true }).inputValue(), { timeout: 10_000 }).toBe(IMPOSTOR_POST);
    await popup.getByLabel('Note').fill('半填写的举报 half-filled');
    await popup.getByLabel('Category').selectOption('public-institution');
    await popup.waitForTimeout(300);
    await popup.close();

    popup = await openPopupFor(env.browser, env.page);
    await expect.poll(() => popup.getByLabel('Note').inputValue(), { timeout: 10_000 }).toBe('半填写的举报 half-filled');
    expect(await popup.getByLabel('Category').inputValue()).toBe('public-institution');
    expect(await popup.getByRole('status').textContent()).toContain('restored');
    const evidence = JSON.parse((await popup.getByTestId('evidence-json').textContent())!);
    expect(evidence.signals.length).toBeGreaterThan(0);

    await popup.getByRole('button', { name: 'Attach a screenshot of this tab' }).click();
    await popup.getByRole('img', { name: 'Screenshot that will be attached' }).waitFor({ timeout: 10_000 });
    await popup.getByRole('button', { name: 'File report' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toContain('saved');
    await popup.close();

    const reports = await storedReports(env.browser.worker);
    const filed = reports.find((r) => r.report.note === '半填写的举报 half-filled')!;
    expect(filed.report.category).toBe('public-institution');
    expect(filed.report.evidence.snippet).toBe(IMPOSTOR_POST);
    expect(filed.report.evidence.signals).toEqual(evidence.signals);
    expect(filed.report.evidence.screenshot).toMatch(/^data:image\/jpeg;base64,/);
    expect(((filed.report.evidence.screenshot ?? '').length * 3) / 4).toBeLessThanOrEqual(512 * 1024 + 3);

    // A new popup knows it from the stored report, read from the account indexes (not the records).
    popup = await openPopupFor(env.browser, env.page);
    expect(await popup.getByLabel('Note').count()).toBe(0);
    const mark = popup.getByTestId('flag-item').filter({ hasText: IMPOSTOR }).getByTestId('flag-reported');
    await expect.poll(() => mark.textContent(), { timeout: 10_000 }).toBe(translator('en')('reportedMark'));
    await popup.close();
  });

  it('reports another account by profile URL and name, with inline errors first', async () => {
    const popup = await openPopupFor(env.browser, env.page);
    await popup.getByRole('button', { name: 'Report another account…' }).click();
    await popup.getByLabel('Profile URL').fill('not a url');
    await popup.getByRole('button', { name: 'File report' }).click();
    await popup.getByText('Enter a full http(s) address').waitFor();
    await popup.getByText('This field is required.').waitFor();

    await popup.getByLabel('Profile URL').fill('https://www.douyin.com/user/MS4wLjABAAAAfake');
    await expect.poll(() => popup.getByText('Platform: Douyin').count()).toBe(1);
    await popup.getByLabel('Name').fill('央视新闻主播李某');
    await popup.getByLabel('Category').selectOption('news-media');
    await popup.getByRole('button', { name: 'File report' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toContain('saved');
    await popup.close();

    const filed = (await storedReports(env.browser.worker)).find((r) => r.report.account.displayName === '央视新闻主播李某')!;
    expect(filed.report).toMatchObject({
      platform: 'douyin',
      category: 'news-media',
      account: { profileUrl: 'https://www.douyin.com/user/MS4wLjABAAAAfake' },
    });
    expect(filed.report.evidence.signals).toEqual([]);
  });

  it('"Show" scrolls the page to the account', async () => {
    await env.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await openPopupFor(env.browser, env.page);
    await popup.getByTestId('flag-item').filter({ hasText: IMPOSTOR }).getByRole('button', { name: /^Show/ }).click();
    const target = env.page.locator(`[data-claimcheck-flag]`, { hasText: IMPOSTOR });
    await expect
      .poll(
        () =>
          target.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        { timeout: 5000 },
      )
      .toBe(true);
    await popup.close();
  });

  it('the site switch turns checking off for this site', async () => {
    const popup = await openPopupFor(env.browser, env.page);
    await popup.getByRole('switch', { name: 'Check accounts on this site' }).uncheck();
    // It applies at once: the scanner takes its marks off the open page.
    await popup.getByText('ClaimCheck is off for this site, and its marks are gone from this page.').waitFor();
    await expect.poll(() => env.page.locator('[data-claimcheck-flag]').count(), { timeout: 10_000 }).toBe(0);
    await popup.close();
    expect((await storedSettings(env.browser.worker)).disabledPlatforms).toContain('weibo');
    await env.page.reload();
    await env.page.waitForTimeout(1500);
    expect(await env.page.locator('[data-claimcheck-flag]').count()).toBe(0);

    const again = await openPopupFor(env.browser, env.page);
    await again.getByRole('switch', { name: 'Check accounts on this site' }).check();
    await again.close();
    await env.page.reload();
    await env.page.locator('[data-claimcheck-flag]').first().waitFor({ timeout: 10_000 });
  });

  it("does not list the last site's flags once the tab has moved to a site it does not check", async () => {
    const before = await openPopupFor(env.browser, env.page);
    await before.getByTestId('flag-item').first().waitFor({ timeout: 10_000 });
    await before.close();
    await env.page.goto('http://forum.example.org/t/1');
    const popup = await openPopupFor(env.browser, env.page);
    await popup.getByRole('button', { name: 'Enable on this site' }).waitFor();
    // The tab's state (Weibo's flags) is still held in the background: give it time to arrive.
    await popup.waitForTimeout(1000);
    expect(await popup.getByTestId('flag-item').count()).toBe(0);
    await popup.close();
    await env.page.goto('http://weibo.com/');
  });
});
