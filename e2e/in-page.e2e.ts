import { describe, expect, it } from 'vitest';
import { openPopupFor, waitForPopup } from './support/browser';
import { storedSettings } from './support/extension-data';
import { useExtensionBrowser } from './support/extension-session';
import { badgeAfter, flaggedCount } from './support/flagged-names';

const IMPOSTOR = '中国人民解放军火箭军司令部';

describe('in-page flags', () => {
  const env = useExtensionBrowser();

  it('opens one popover with the reasons, the verification seen and the account it resembles; Escape closes it', async () => {
    await env.page.goto('http://weibo.com/');
    const badge = badgeAfter(env.page, '央視新聞');
    await badge.waitFor({ timeout: 10_000 });
    expect(await badge.getAttribute('aria-label')).toMatch(/^Unbacked claim \(News media/);
    await badge.focus();
    const dialog = env.page.getByRole('dialog', { name: 'Why ClaimCheck flags this account' });
    await dialog.waitFor();
    const text = (await dialog.textContent())!;
    expect(text).toContain('央視新聞');
    expect(text).toContain('News media · High');
    expect(text).toContain('Resembles the official account: 央视新闻');
    expect(text).toContain('Verification seen: No verification badge');
    for (const action of ['Report…', 'Trust this account', 'Why am I seeing this?', 'Close']) {
      expect(await dialog.getByRole('button', { name: action }).count()).toBe(1);
    }
    await env.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(
      await badge.evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b),
    ).toBe(true);
    await badge.hover();
    await dialog.waitFor();
    await env.page.getByText('火箭军司令部通知').click(); // outside the popover, not a link
    await dialog.waitFor({ state: 'detached' });
    expect(await env.page.locator('[data-claimcheck-popover]').count()).toBe(0);
  });

  it('"Report…" opens the popup with the report form for that account', async () => {
    const reporting = await env.browser.context.newPage();
    await reporting.goto('http://weibo.com/');
    const badge = badgeAfter(reporting, '央視新聞');
    await badge.waitFor({ timeout: 10_000 });
    await badge.click();
    // The popup lists the tab's flags from the state the page sends at most twice a second.
    await reporting.waitForTimeout(700);
    await reporting.getByRole('dialog').getByRole('button', { name: 'Report…' }).click();
    const popup = await waitForPopup(env.browser);
    const form = popup.getByRole('form');
    await form.waitFor({ timeout: 10_000 });
    expect(await form.getAttribute('aria-label')).toContain('央視新聞');
    expect(await popup.getByLabel('Category').inputValue()).toBe('news-media');
    await popup.close();
    // Closed unfinished, the form comes back from its draft, as one the popup opened would.
    const again = await openPopupFor(env.browser, reporting);
    await again.getByRole('form').waitFor({ timeout: 10_000 });
    expect(await again.getByRole('form').getAttribute('aria-label')).toContain('央視新聞');
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.close();
    // The page's request was taken once: cancelled, the toolbar button opens the flag list.
    const third = await openPopupFor(env.browser, reporting);
    await third.getByTestId('flag-item').first().waitFor({ timeout: 10_000 });
    expect(await third.getByRole('form').count()).toBe(0);
    await third.close();
    await reporting.close();
  });

  it("sends the page no window messages (WXT's start-up postMessage is off)", async () => {
    const quiet = await env.browser.context.newPage();
    await quiet.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { __messages: unknown[] }).__messages = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    await quiet.goto('http://weibo.com/');
    await expect.poll(() => flaggedCount(quiet, IMPOSTOR), { timeout: 10_000 }).toBeGreaterThan(0);
    await quiet.waitForTimeout(200);
    expect(await quiet.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
    await quiet.close();
  });

  it('"Why am I seeing this?" opens the explanation in the options page', async () => {
    await badgeAfter(env.page, IMPOSTOR).click();
    const opened = env.browser.context.waitForEvent('page');
    await env.page.getByRole('dialog').getByRole('button', { name: 'Why am I seeing this?' }).click();
    const options = await opened;
    expect(options.url()).toBe(`chrome-extension://${env.browser.extensionId}/options.html#how`);
    await options.close();
  });

  it('"Trust this account" removes its flags everywhere at once, in other tabs too, and its Undo puts them back', async () => {
    await env.page.goto('http://weibo.com/');
    const other = await env.browser.context.newPage();
    await other.goto('http://weibo.com/u/7910000001');
    await expect.poll(() => flaggedCount(other, IMPOSTOR), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => flaggedCount(env.page, IMPOSTOR), { timeout: 10_000 }).toBe(1);
    await env.page.bringToFront();
    await badgeAfter(env.page, IMPOSTOR).click();
    await env.page.getByRole('dialog').getByRole('button', { name: 'Trust this account' }).click();
    await expect.poll(() => flaggedCount(env.page, IMPOSTOR), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => flaggedCount(other, IMPOSTOR), { timeout: 10_000 }).toBe(0);
    expect(await flaggedCount(env.page, '央視新聞')).toBe(1);
    const trusted = (await storedSettings(env.browser.worker)).trusted ?? [];
    expect(trusted.map((t) => [t.platform, t.key, t.displayName])).toEqual([['weibo', 'weibo:7910000001', IMPOSTOR]]);
    // One press did all that: the popover says so, by the name, and Undo (focused) takes it back.
    const confirmation = env.page.getByRole('dialog');
    await expect.poll(() => confirmation.textContent(), { timeout: 10_000 }).toContain(`Trusted: \u2068${IMPOSTOR}\u2069.`);
    expect(
      await env.page.evaluate(() => document.querySelector('[data-claimcheck-popover]')?.shadowRoot?.activeElement?.textContent),
    ).toBe('Undo');
    await env.page.keyboard.press('Enter');
    await expect.poll(() => flaggedCount(env.page, IMPOSTOR), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => flaggedCount(other, IMPOSTOR), { timeout: 10_000 }).toBe(1);
    expect((await storedSettings(env.browser.worker)).trusted ?? []).toEqual([]);
    expect(await confirmation.count()).toBe(0);
    await other.close();
  });
});
