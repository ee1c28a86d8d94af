import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/browser';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

// An update (here a reload) of the extension leaves the old content script running in open tabs
// with dead extension APIs: its badges would open nothing. It must take them away itself.
describe('after the extension is updated', () => {
  let fixtures: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    browser = await launchWithExtension({ hosts: fixtures.hosts, port: fixtures.port });
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  it("an open tab's old script removes its badges and marks", async () => {
    const page = await browser.context.newPage();
    await page.goto('http://weibo.com/');
    const badges = () => page.locator('[data-claimcheck-badge]').count();
    const marks = () => page.locator('[data-claimcheck-flag]').count();
    await expect.poll(badges, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await marks()).toBeGreaterThan(0);
    // The worker goes down with the reload: its evaluate may not answer.
    await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await expect.poll(badges, { timeout: 15_000 }).toBe(0);
    expect(await marks()).toBe(0);
    await page.close();
  });
});
