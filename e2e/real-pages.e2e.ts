import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_AVAILABLE, REAL_DIR, REAL_MISSING_REASON } from '../utils/adapters/test-helpers';
import { openPopupFor } from './support/browser';
import { useExtensionBrowser } from './support/extension-session';
import { flaggedNames } from './support/flagged-names';

/**
 * The real saved pages (../shared/fixtures/real, read in place, never copied) under their real
 * host names: in Chromium, with the page's own markup, the extension reads their accounts (the
 * popup's count) and flags none of them, as none claims an identity it lacks. The saved YouTube
 * page is server HTML whose ytd-* elements were never rendered, so it is left to the unit tests.
 */
const PAGES = [
  { route: 'x.com/badlogicgames/status/1893000000000000000', file: 'twitter/mario-zechner-wow.html', names: ['Mario Zechner'] },
  { route: 'mp.weixin.qq.com/s/real-post', file: 'wechat/post.html', names: ['微信派'] },
  { route: 'mp.weixin.qq.com/s/real-mp-link', file: 'wechat/mp-link.html', names: ['轻金融'] },
  { route: 'mp.weixin.qq.com/real-profile', file: 'wechat/profile.html', names: ['大象公会'] },
];

if (!REAL_AVAILABLE) console.info(`e2e/real-pages skipped: ${REAL_MISSING_REASON}`);

describe.runIf(REAL_AVAILABLE)('real saved pages in the browser', () => {
  const routes = REAL_AVAILABLE
    ? Object.fromEntries(PAGES.map((p) => [p.route, { html: fs.readFileSync(path.join(REAL_DIR, p.file), 'utf8') }]))
    : {};
  const env = useExtensionBrowser({ routes });

  it.each(PAGES)('$file', async ({ route, names }) => {
    const { page } = env;
    await page.goto(`https://${route}`);
    for (const name of names) await page.getByText(name, { exact: true }).first().waitFor({ timeout: 10_000 });
    const popup = await openPopupFor(env.browser, page);
    const checked = async () => Number((await popup.getByText(/\d+ accounts? checked/).textContent())?.match(/\d+/)?.[0]);
    // The popup follows the tab's state: its first answer may come before the page was read.
    await expect.poll(checked, { timeout: 10_000 }).toBeGreaterThanOrEqual(names.length);
    console.info(`${route}: ${await checked()} checked`);
    expect(await popup.getByText('No flagged accounts on this page.').count()).toBe(1);
    expect(await popup.getByText(/layout may have changed/).count()).toBe(0);
    await popup.close();
    expect(await flaggedNames(page)).toEqual([]);
  });
});
