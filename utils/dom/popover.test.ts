// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stringsTranslator } from '../i18n/core';
import { pageStrings } from '../i18n/index';
import { button, dialog, item, popoverPage, type RecordedActions, userClick } from './popover-test-kit';

describe('flag popover', () => {
  let context: AbortController;
  let actions: RecordedActions;
  let badge: HTMLElement;

  beforeEach(() => {
    ({ context, actions, badge } = popoverPage(stringsTranslator('zh_CN', pageStrings('zh_CN'))));
  });
  afterEach(() => context.abort());

  it('closes with Close and stays closed: the focus given back to the badge does not open it again', () => {
    userClick(badge);
    expect(dialog()?.getAttribute('lang')).toBe('zh-CN');
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    userClick(button('关闭'));
    expect(dialog()).toBeNull();
    expect((badge.getRootNode() as ShadowRoot).activeElement).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('names the official account the name resembles with its platform in the reader’s words', () => {
    userClick(badge);
    expect(dialog()?.textContent).toContain('与官方账号相似：火箭军 (微博 @rocket)');
    expect(dialog()?.textContent).toContain('看到的认证：没有认证标识');
    expect(dialog()?.textContent).not.toContain('weibo');
    expect(actions.officialText).toHaveBeenCalledWith('火箭军 (weibo @rocket)');
  });

  it('acts on the user clicks only: page script clicking Trust or Report does nothing', async () => {
    userClick(badge);
    button('信任此账号').click();
    button('举报…').click();
    expect(actions.trust).not.toHaveBeenCalled();
    expect(actions.report).not.toHaveBeenCalled();
    expect(dialog()).not.toBeNull();
    userClick(button('信任此账号'));
    expect(actions.trust).toHaveBeenCalledWith(item);
    // The confirmation's Undo too: page script cannot take the user's trust back.
    await vi.waitFor(() => expect(button('撤销')).toBeDefined());
    button('撤销').click();
    await Promise.resolve();
    expect(actions.untrust).not.toHaveBeenCalled();
    expect(dialog()).not.toBeNull();
  });

  it('follows its badge on scroll, and closes when the page removes the badge (a recycled feed cell)', async () => {
    // happy-dom lays nothing out: the badge is in the window while it is in the page.
    badge.getBoundingClientRect = () => (badge.isConnected ? new DOMRect(10, 100, 60, 16) : new DOMRect());
    userClick(badge);
    expect(dialog()).not.toBeNull();
    window.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(r));
    expect(dialog()).not.toBeNull();
    document.getElementById('name')!.parentElement!.remove();
    window.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(r));
    expect(dialog()).toBeNull();
  });

  it('opened by a resting hover, closes when the pointer leaves, unless it went into the popover or the user clicked', () => {
    vi.useFakeTimers();
    try {
      const badgeHost = (badge.getRootNode() as ShadowRoot).host;
      const over = (target: Element) => target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      over(badgeHost);
      vi.advanceTimersByTime(400);
      expect(dialog()).not.toBeNull();
      // Crossing to the popover within the grace keeps it; leaving both closes it.
      over(document.body);
      vi.advanceTimersByTime(100);
      over(button('关闭'));
      vi.advanceTimersByTime(1000);
      expect(dialog()).not.toBeNull();
      over(document.body);
      vi.advanceTimersByTime(400);
      expect(dialog()).toBeNull();
      // Clicked open, it stays until closed, wherever the pointer goes.
      userClick(badge);
      over(document.body);
      vi.advanceTimersByTime(1000);
      expect(dialog()).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('opened from the keyboard, takes focus inside and keeps Tab there; Escape elsewhere moves nothing', () => {
    userClick(badge, 0);
    const buttons = [...dialog()!.querySelectorAll('button')];
    const active = () => (dialog()!.getRootNode() as ShadowRoot).activeElement;
    expect(active()).toBe(buttons[0]);
    buttons.at(-1)!.focus();
    buttons.at(-1)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(active()).toBe(buttons[0]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
    // With nothing open, Escape in the site's own search box leaves focus where it is.
    const search = document.getElementById('search')!;
    search.focus();
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.activeElement).toBe(search);
    expect(dialog()).toBeNull();
  });
});
