import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/extension-session';
import { SITES_DIR } from './support/fixture-server';
import { badgeButtonAfter } from './support/flagged-names';

// An element id is a property of window in every world (named access): a page holding
// <div id="claimcheck:weibo"> must not reach what the scanner keeps on its global object.
const NAMED = fs
  .readFileSync(path.join(SITES_DIR, 'weibo/feed.html'), 'utf8')
  .replace('<body>', '<body><div id="claimcheck:weibo"></div><div id="Symbol(claimcheck:weibo)"></div>');

// WXT's content-script context stops on a "script started" CustomEvent on the document and
// starts the page over on a "locationchange" event on window, both named from the extension's
// id and the script's name, which a page can know (a store id is public). The scanners run on
// a context of their own (utils/scanner/scanner-context.ts) that listens to neither.
describe('events a page dispatches under the names WXT listens to', () => {
  const env = useExtensionBrowser({ routes: { 'weibo.com/named': { html: NAMED } }, page: 'http://weibo.com/' });

  it('an element named after the scanner does not stop it starting', async () => {
    const page = await env.browser.context.newPage();
    await page.goto('http://weibo.com/named');
    await expect.poll(() => page.locator('[data-claimcheck-flag]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('neither take the flags off the page nor close an open popover', async () => {
    const flags = env.page.locator('[data-claimcheck-flag]');
    await expect.poll(() => flags.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const before = await flags.count();
    await badgeButtonAfter(flags.first()).click();
    await expect.poll(() => env.page.getByRole('dialog').count()).toBe(1);

    await env.page.evaluate((id) => {
      for (const script of ['weibo', 'm-weibo', 'generic']) {
        const detail = { contentScriptName: script, messageId: 'page' };
        document.dispatchEvent(new CustomEvent(`${id}:${script}:wxt:content-script-started`, { detail }));
        window.dispatchEvent(new Event(`${id}:${script}:wxt:locationchange`));
      }
      (window as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('navigate'));
    }, env.browser.extensionId);
    // The old context removed its marks at once on the first; give a stray handler time to run.
    await env.page.waitForTimeout(1000);

    expect(await flags.count()).toBe(before);
    expect(await env.page.locator('[data-claimcheck-badge]').count()).toBe(before);
    expect(await env.page.getByRole('dialog').count()).toBe(1);
  });
});
