import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/extension-session';
import { SITES_DIR } from './support/fixture-server';
import { badgeButtonAfter } from './support/flagged-names';

// A right-to-left page whose own rules for span would move the badge and the popover (a reset,
// a position, a transform): the :host rules are !important, and the popover's place comes in
// custom properties, which `all` does not reset. happy-dom cannot show any of this.
const HOSTILE_CSS = `<style>
  span { margin: 0; vertical-align: baseline; position: relative; transform: scale(0.5); letter-spacing: 4px; }
</style>`;
const PAGE = fs
  .readFileSync(path.join(SITES_DIR, 'weibo/feed.html'), 'utf8')
  .replace('<html', '<html dir="rtl"')
  .replace('</head>', `${HOSTILE_CSS}</head>`);

describe('badge and popover on a right-to-left page with its own rules for span', () => {
  const env = useExtensionBrowser({ routes: { 'weibo.com/rtl': { html: PAGE } }, page: 'http://weibo.com/rtl' });

  it('keep their gap, size, direction and place', async () => {
    const flags = env.page.locator('[data-claimcheck-flag]');
    await expect.poll(() => flags.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const host = flags.first().locator('xpath=following-sibling::*[@data-claimcheck-badge][1]');
    const badge = await host.evaluate((el) => {
      const style = getComputedStyle(el);
      const button = el.shadowRoot!.querySelector('button')!;
      return {
        margin: style.marginInlineStart,
        position: style.position,
        transform: style.transform,
        direction: getComputedStyle(button).direction,
      };
    });
    expect(badge).toEqual({ margin: '4px', position: 'static', transform: 'none', direction: 'ltr' });

    const button = badgeButtonAfter(flags.first());
    await button.click();
    const dialog = env.page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    const popover = await env.page.evaluate(() => {
      const host = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('[role=dialog]'))!;
      const dialogEl = host.shadowRoot!.querySelector('[role=dialog]')!;
      return {
        position: getComputedStyle(host).position,
        transform: getComputedStyle(host).transform,
        direction: getComputedStyle(dialogEl).direction,
      };
    });
    expect(popover).toEqual({ position: 'fixed', transform: 'none', direction: 'ltr' });
    // Placed by its badge, inside the window.
    const b = (await button.boundingBox())!;
    const d = (await dialog.boundingBox())!;
    const viewport = env.page.viewportSize()!;
    expect(d.x).toBeGreaterThanOrEqual(0);
    expect(d.x + d.width).toBeLessThanOrEqual(viewport.width + 1);
    expect(Math.min(Math.abs(d.y - (b.y + b.height)), Math.abs(d.y + d.height - b.y))).toBeLessThan(40);
  });
});
