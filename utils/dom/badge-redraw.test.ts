// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/index';
import { applyFlags, clearFlags } from './badge';
import type { FlagPopover } from './popover';
import { button, dialog, item, popoverPage, type RecordedActions, userClick } from './popover-test-kit';

const t = translator('en');

const pressEscape = (target: Element) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
const active = (el: Element) => (el.getRootNode() as ShadowRoot).activeElement;
const aTaskLater = () => new Promise((r) => setTimeout(r, 0));

// The scanner takes a badge off (clearFlags) and often draws it again for the same name: at once
// for a new verdict (verdictDisplay), or a task or more later (X: page data arrived, rescanned).
describe('a badge taken away under the popover or the keyboard focus', () => {
  let context: AbortController;
  let actions: RecordedActions;
  let badge: HTMLElement;
  let popover: FlagPopover;
  const name = () => document.getElementById('name')!;
  const draw = () => applyFlags(name(), item.flags, t, (b, by) => popover.open(b, item, by));

  beforeEach(() => {
    ({ context, actions, badge, popover } = popoverPage(t));
  });
  afterEach(() => context.abort());

  it('drawn again under an open popover: the popover moves to the new badge, and focus with it', () => {
    userClick(badge, 0);
    expect(active(dialog()!)?.textContent).toBe('Report…');
    clearFlags(name());
    const fresh = draw();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(fresh.getAttribute('aria-expanded')).toBe('true');
    expect(dialog()).not.toBeNull();
    expect(active(fresh)).toBe(fresh);
    // Escape from the badge closes it and leaves focus there, not on the body.
    pressEscape(fresh);
    expect(dialog()).toBeNull();
    expect(active(fresh)).toBe(fresh);
  });

  it('taken off for good: its popover closes at once, and focus stays where the browser put it', () => {
    userClick(badge, 0);
    clearFlags(name());
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(document.body);
    // Opened by the pointer while focus is elsewhere: closed just the same, that focus untouched.
    const search = document.getElementById('search')!;
    search.focus();
    userClick(draw());
    expect(dialog()).not.toBeNull();
    clearFlags(name());
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(search);
  });

  it('a focused badge drawn again keeps the focus, and the popover closed on it stays closed', () => {
    badge.focus();
    pressEscape(badge);
    expect(dialog()).toBeNull();
    clearFlags(name());
    const fresh = draw();
    expect(active(fresh)).toBe(fresh);
    expect(dialog()).toBeNull();
  });

  it('drawn again a task later (a rescan) it still takes the focus back, unless the user moved on', async () => {
    badge.focus();
    clearFlags(name());
    expect(dialog()).toBeNull();
    await aTaskLater();
    const fresh = draw();
    expect(active(fresh)).toBe(fresh);
    expect(fresh.getAttribute('aria-expanded')).toBe('true');
    // Focus put elsewhere meanwhile stays there.
    clearFlags(name());
    document.getElementById('search')!.focus();
    expect(active(draw())).toBeNull();
    expect(document.activeElement?.id).toBe('search');
    // So does lost focus, once it is long gone: a flag drawn much later is another badge to the user.
    const last = document.querySelector('[data-claimcheck-badge]')!.shadowRoot!.firstElementChild as HTMLElement;
    last.focus();
    pressEscape(last);
    clearFlags(name());
    const minuteLater = performance.now() + 60_000;
    const now = vi.spyOn(performance, 'now').mockReturnValue(minuteLater);
    try {
      expect(active(draw())).toBeNull();
      expect(document.activeElement).toBe(document.body);
    } finally {
      now.mockRestore();
    }
  });

  it('a trust answered after the new settings took its badge away still confirms, with Undo focused', async () => {
    let answer = () => {};
    actions.trust.mockImplementationOnce(() => new Promise<void>((resolve) => (answer = resolve)));
    userClick(badge, 0);
    userClick(button('Trust this account'));
    // The scanner on new settings: the flags come off, then the popover hears of it (flagsChanged).
    clearFlags(name());
    popover.close(false, true);
    expect(dialog()).toBeNull();
    answer();
    await vi.waitFor(() => expect(button('Undo')).toBeDefined());
    expect(active(dialog()!)?.textContent).toBe('Undo');
  });
});
