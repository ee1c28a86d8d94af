import { describe, expect, it } from 'vitest';
import { openPopupFor } from './support/browser';
import { storedSettings } from './support/extension-data';
import { useExtensionBrowser } from './support/extension-session';
import { flaggedNames } from './support/flagged-names';

describe('popup on a site ClaimCheck does not know', () => {
  // '<all_urls>' stands in for the host permission the user grants in the prompt.
  const env = useExtensionBrowser({ extraHostPermissions: ['<all_urls>'], page: false });

  it('"Enable on this site" checks profile links there, now and after a reload, until switched off', async () => {
    const page = await env.browser.context.newPage();
    await page.goto('http://forum.example.org/t/1');
    await page.waitForTimeout(800);
    expect(await page.locator('[data-claimcheck-flag]').count()).toBe(0);

    const popup = await openPopupFor(env.browser, page);
    await expect.poll(() => popup.getByTestId('site-status').textContent()).toContain('Other site · Not a supported site');
    await popup.getByRole('button', { name: 'Enable on this site' }).click();
    const flagged = () => flaggedNames(page);
    await expect
      .poll(flagged, { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['City Police Department (Official)', '新华社 Xinhua News']));
    expect(await flagged()).not.toContain('Jane Doe');
    // The sheet Firefox's badges need (utils/dom/live-style.ts) comes with the scanner, here as after a reload.
    const liveSheet = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--claimcheck-badge-display').trim());
    expect(await liveSheet()).toBe('inline-block');
    await popup.close();
    expect((await storedSettings(env.browser.worker)).extraSites).toEqual(['forum.example.org']);

    await page.reload();
    await expect.poll(flagged, { timeout: 10_000 }).toContain('City Police Department (Official)');
    expect(await liveSheet()).toBe('inline-block');

    const again = await openPopupFor(env.browser, page);
    await again.getByRole('switch', { name: 'Check accounts on this site' }).click();
    await again.getByText('ClaimCheck no longer checks forum.example.org.').waitFor();
    await again.getByRole('button', { name: 'Enable on this site' }).waitFor();
    await again.close();
    expect((await storedSettings(env.browser.worker)).extraSites).toEqual([]);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-claimcheck-flag]').count()).toBe(0);
  });

  it('"Delete all local data" stops checking the sites the user added', async () => {
    const page = await env.browser.context.newPage();
    await page.goto('http://forum.example.org/t/1');
    const popup = await openPopupFor(env.browser, page);
    await popup.getByRole('button', { name: 'Enable on this site' }).click();
    await expect.poll(() => page.locator('[data-claimcheck-flag]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    const registered = () =>
      env.browser.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    expect(await registered()).toEqual(['claimcheck-site-forum.example.org']);

    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Delete all local data' }).click();
    await options.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    expect((await storedSettings(env.browser.worker)).extraSites).toEqual([]);
    await options.close();
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-claimcheck-flag]').count()).toBe(0);
    await page.close();
  });
});
