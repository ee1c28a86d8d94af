// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stringsTranslator } from '../i18n/core';
import { pageStrings } from '../i18n/index';
import type { Flag } from '../schemas/verdict';
import { applyFlags, clearFlags } from './badge';
import { listenToBadges } from './badge-events';

const t = stringsTranslator('en', pageStrings('en'));
const flags: Flag[] = [
  {
    category: 'military',
    severity: 'medium',
    score: 0.7,
    reasons: [{ code: 'military.command', field: 'displayName', match: '司令部', messageKey: 'm' }],
  },
  {
    category: 'news-media',
    severity: 'high',
    score: 0.9,
    reasons: [{ code: 'news.word', field: 'displayName', match: '新闻', messageKey: 'n' }],
  },
];

describe('in-page badge', () => {
  let listening: AbortController;
  beforeEach(() => {
    listening?.abort();
    listening = new AbortController();
    listenToBadges(document, listening.signal);
    document.body.innerHTML = '<p><a id="name" href="/u/1"><span>火箭军司令部新闻</span></a> 10-12</p>';
  });

  it('marks the name with its categories and top severity, and puts a labelled button after it', () => {
    const name = document.getElementById('name')!;
    const onOpen = vi.fn();
    const button = applyFlags(name, flags, t, onOpen);
    expect(name.getAttribute('data-claimcheck-flag')).toBe('military news-media');
    expect(name.getAttribute('data-claimcheck-severity')).toBe('high');
    expect(name.nextElementSibling?.hasAttribute('data-claimcheck-badge')).toBe(true);
    expect(button.textContent).toBe('⚠ Unbacked claim');
    expect(button.getAttribute('aria-label')).toBe('Unbacked claim (Military, News media · High) — ClaimCheck, show why');
    // The badge's text is in its shadow root: the page's own text is unchanged.
    expect(name.parentElement!.textContent).toBe('火箭军司令部新闻 10-12');
    // A click is composed: it leaves the badge's shadow root and reaches the page-wide listener.
    // Page script's own click() is not the user's (isTrusted false): it opens nothing.
    const scripted = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(scripted);
    expect(onOpen).not.toHaveBeenCalled();
    expect(scripted.defaultPrevented).toBe(true);
    // The browser's own events (happy-dom cannot make one): a pointer click, then Enter (detail 0).
    const userClick = (detail: number) => {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail });
      Object.defineProperty(click, 'isTrusted', { value: true });
      button.dispatchEvent(click);
      return click;
    };
    expect(userClick(1).defaultPrevented).toBe(true);
    expect(onOpen).toHaveBeenLastCalledWith(button, 'pointer');
    userClick(0);
    expect(onOpen).toHaveBeenLastCalledWith(button, 'keyboard');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.lang).toBe('en');
    expect(name.style.outline).toBe('');
  });

  it('opens on focus and on a resting hover, not on a pointer passing over, and stops when its page context ends', () => {
    vi.useFakeTimers();
    try {
      const onOpen = vi.fn();
      const button = applyFlags(document.getElementById('name')!, flags, t, onOpen);
      button.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      expect(onOpen).toHaveBeenCalledTimes(1);
      const host = button.getRootNode() as ShadowRoot;
      const over = () => host.host.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      const out = () =>
        host.host.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true, relatedTarget: document.body }));
      over();
      vi.advanceTimersByTime(100);
      out();
      vi.advanceTimersByTime(1000);
      expect(onOpen).toHaveBeenCalledTimes(1);
      over();
      vi.advanceTimersByTime(400);
      expect(onOpen).toHaveBeenCalledTimes(2);
      out();
      listening.abort();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
      expect(onOpen).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('outline style: icon-only badge with the same accessible name, and an outline cleared with the flag', () => {
    const name = document.getElementById('name')!;
    const button = applyFlags(name, flags, t, vi.fn(), 'outline');
    expect(button.textContent).toBe('⚠');
    expect(button.getAttribute('aria-label')).toContain('Military');
    expect(name.style.outline).toContain('solid');
    clearFlags(name);
    expect(name.style.outline).toBe('');
    expect(name.hasAttribute('data-claimcheck-flag')).toBe(false);
    expect(document.querySelector('[data-claimcheck-badge]')).toBeNull();
  });
});
