// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/index';
import type { FlagPopover } from './popover';
import { button, dialog, item, popoverPage, type RecordedActions, userClick } from './popover-test-kit';

// The whole catalogue: the tab's page strings must carry saveFailed for the failed trust.
const t = translator('zh_CN');

const pressEscape = (target: Element) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
const scrolled = async () => {
  window.dispatchEvent(new Event('scroll'));
  await new Promise((r) => requestAnimationFrame(r));
};

describe('flag popover: focus, toggling, scrolling away, failure', () => {
  let context: AbortController;
  let actions: RecordedActions;
  let badge: HTMLElement;
  let popover: FlagPopover;
  const search = () => document.getElementById('search')!;
  const active = (el: Element) => (el.getRootNode() as ShadowRoot).activeElement;

  beforeEach(() => {
    ({ context, actions, badge, popover } = popoverPage(t));
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
    // Tried again, it works: the popover says so, by the name, with Undo focused.
    userClick(trust);
    await vi.waitFor(() => expect(dialog()?.textContent).toContain(t('trustedDone', '\u2068火箭军司令部\u2069')));
    expect(active(dialog()!)?.textContent).toBe('撤销');
  });

  it('after a trust: says it is done and where to manage it; Undo takes it back and gives focus to the name', async () => {
    userClick(badge, 0);
    userClick(button('信任此账号'));
    await vi.waitFor(() => expect(button('撤销')).toBeDefined());
    expect(dialog()?.textContent).toContain(t('flagsTrustedNote'));
    expect(actions.untrust).not.toHaveBeenCalled();
    userClick(button('撤销'));
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(actions.untrust).toHaveBeenCalledWith(item);
    expect(document.activeElement).toBe(document.getElementById('name'));
  });

  it('a trust answered after the user moved on leaves their focus alone: no confirmation grabs it', async () => {
    let answer = () => {};
    actions.trust.mockImplementationOnce(() => new Promise<void>((resolve) => (answer = resolve)));
    userClick(badge, 0);
    userClick(button('信任此账号'));
    search().focus();
    expect(dialog()).toBeNull();
    answer();
    await new Promise((r) => setTimeout(r, 10));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(search());
  });

  it('the new settings closing the flag before the trust answers do not lose the confirmation, nor focus', async () => {
    let answer = () => {};
    actions.trust.mockImplementationOnce(() => new Promise<void>((resolve) => (answer = resolve)));
    userClick(badge, 0);
    userClick(button('信任此账号'));
    // The scanner: new settings arrive first; the flags and the badge go.
    popover.close(false, true);
    badge.getRootNode() instanceof ShadowRoot && (badge.getRootNode() as ShadowRoot).host.remove();
    expect(dialog()).toBeNull();
    answer();
    await vi.waitFor(() => expect(button('撤销')).toBeDefined());
    expect(active(dialog()!)?.textContent).toBe('撤销');
    // Flags redrawn again later (the same close) leave it open; Close gives focus to the name.
    popover.close(false, true);
    userClick(button('关闭'));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(document.getElementById('name'));
  });
});
