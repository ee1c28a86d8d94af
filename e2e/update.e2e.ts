import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/extension-session';

// An update (here a reload) of the extension leaves the old content script running in open tabs
// with dead extension APIs: its badges would open nothing. It must take them away itself.
describe('after the extension is updated', () => {
  const env = useExtensionBrowser({ page: false });

  it("an open tab's old script removes its badges and marks", async () => {
    const page = await env.browser.context.newPage();
    await page.goto('http://weibo.com/');
    const badges = () => page.locator('[data-claimcheck-badge]').count();
    const marks = () => page.locator('[data-claimcheck-flag]').count();
    await expect.poll(badges, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await marks()).toBeGreaterThan(0);
    // The worker goes down with the reload: its evaluate may not answer.
    await env.browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await expect.poll(badges, { timeout: 15_000 }).toBe(0);
    expect(await marks()).toBe(0);
    await page.close();
  });
});
