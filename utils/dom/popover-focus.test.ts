// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/index';
import type { FlaggedAccount } from '../schemas/messages';
import { applyFlags } from './badge';
import { listenToBadges } from './badge-events';
import { FlagPopover, type PopoverActions } from './popover';

const item: FlaggedAccount = {
  account: { platform: 'weibo', key: 'weibo:1', displayName: '火箭军司令部', verification: { kind: 'none', source: 'dom' } },
  flags: [
    {
      category: 'military',
      severity: 'high',
      score: 0.9,
      reasons: [{ code: 'military.command', field: 'displayName', match: '司令部', messageKey: 'm' }],
    },
  ],
  rulesetVersion: '1',
};
// The whole catalogue: the tab's page strings must carry saveFailed for the failed trust.
const t = translator('zh_CN');

/** What the browser sends for the user's own click (happy-dom's events are never trusted). */
function userClick(target: Element, detail = 1): void {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail });
  Object.defineProperty(click, 'isTrusted', { value: true });
  target.dispatchEvent(click);
}
const pressEscape = (target: Element) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
const scrolled = async () => {
  window.dispatchEvent(new Event('scroll'));
  await new Promise((r) => requestAnimationFrame(r));
};

describe('flag popover: focus, toggling, scrolling away, failure', () => {
  let context: AbortController;
  let actions: { [K in keyof PopoverActions]: ReturnType<typeof vi.fn> };
  let badge: HTMLElement;
  const dialog = () => document.querySelector('[data-claimcheck-popover]')?.shadowRoot?.querySelector('[role=dialog]') ?? null;
  const button = (label: string) =>
    [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label) as HTMLElement;
  const search = () => document.getElementById('search')!;
  const active = (el: Element) => (el.getRootNode() as ShadowRoot).activeElement;

  beforeEach(() => {
    context = new AbortController();
    document.body.innerHTML = '<p><a id="name" href="/u/1">火箭军司令部</a></p><input id="search">';
    actions = { report: vi.fn(), trust: vi.fn(async () => {}), why: vi.fn(), reasonText: vi.fn(() => 'a reason') };
    const popover = new FlagPopover(() => t, actions as unknown as PopoverActions, context.signal);
    listenToBadges(document, context.signal);
    badge = applyFlags(document.getElementById('name')!, item.flags, t, (b, by) => popover.open(b, item, by));
  });
  afterEach(() => context.abort());

  it('opened by focus (Tab), closes when focus moves on, but not when it moves into the popover', () => {
    badge.focus();
    expect(dialog()).not.toBeNull();
    button('关闭').focus();
    expect(dialog()).not.toBeNull();
    badge.focus();
    search().focus();
    expect(dialog()).toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape gives focus back to the badge only from inside the popover, not from the site reply box', () => {
    search().focus();
    userClick(badge);
    expect(dialog()).not.toBeNull();
    pressEscape(search());
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(search());
    userClick(badge, 0);
    pressEscape(active(dialog()!)!);
    expect(dialog()).toBeNull();
    expect(active(badge)).toBe(badge);
  });

  it('describes the dialog by its name and reasons, as focus goes straight to Report', () => {
    userClick(badge, 0);
    const d = dialog()!;
    expect(active(d)?.textContent).toBe('举报…');
    const about = (d.getRootNode() as ShadowRoot).getElementById(d.getAttribute('aria-describedby') ?? '');
    expect(about?.textContent).toContain('火箭军司令部');
    expect(about?.textContent).toContain('a reason');
  });

  it('a second click or Enter on its badge closes it; the focus a click brings first (Chromium) opens only', () => {
    const press = (detail = 1) => {
      badge.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      userClick(badge, detail);
    };
    badge.focus();
    press();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    press();
    expect(dialog()).toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    press();
    expect(dialog()).not.toBeNull();
    press(0);
    expect(dialog()).toBeNull();
    // The pointer came over the badge just before: its resting hover does not open it again.
    vi.useFakeTimers();
    try {
      (badge.getRootNode() as ShadowRoot).host.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      press();
      press();
      vi.advanceTimersByTime(1000);
      expect(dialog()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('closes when its badge scrolls out of the window, rather than sticking to its edge', async () => {
    let top = 100;
    badge.getBoundingClientRect = () => new DOMRect(10, top, 60, 16);
    userClick(badge);
    await scrolled();
    expect(dialog()).not.toBeNull();
    top = -40;
    await scrolled();
    expect(dialog()).toBeNull();
    top = window.innerHeight + 10;
    userClick(badge);
    await scrolled();
    expect(dialog()).toBeNull();
  });

  it('a trust that fails keeps the popover open, focus on Trust, and says why (as text)', async () => {
    actions.trust.mockRejectedValueOnce(new Error('<b>disk</b> full'));
    userClick(badge, 0);
    const trust = button('信任此账号');
    trust.focus();
    userClick(trust);
    await vi.waitFor(() => expect(dialog()?.querySelector('[role=alert]')?.textContent).toBe('无法保存：<b>disk</b> full'));
    expect(active(dialog()!)).toBe(trust);
    // Tried again, it works: the popover goes, and focus goes to the name.
    userClick(trust);
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(document.activeElement).toBe(document.getElementById('name'));
  });
});
