import type { MessageKey, Translate } from '../i18n/core';
import { categoryKey } from '../i18n/core';
import { topSeverity } from '../schemas/severity';
import type { Flag } from '../schemas/verdict';
import BADGE_CSS from './badge.css?inline';
import { removeBadge, takeFocusLost } from './badge-handoff';
import { langTag } from './lang-tag';
import { BADGE_LIVE_RULE, OUTLINE_WIDTH } from './live-style';

export const FLAG_ATTR = 'data-claimcheck-flag';
export const SEVERITY_ATTR = 'data-claimcheck-severity';
export const BADGE_ATTR = 'data-claimcheck-badge';

/*
 * One stylesheet shared by every badge's shadow root (adoptedStyleSheets): no CSS leaks in or
 * out, and a badge costs one small box to lay out. Colours are solid pills with their own text
 * colour, so they read on light and dark themes alike; the text says it, not the colour alone.
 * The rules are in badge.css, imported `?inline` so that Vite minifies them into the string.
 */

let sheet: CSSStyleSheet | null = null;
function badgeSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS + BADGE_LIVE_RULE);
  }
  return sheet;
}

export type HighlightStyle = 'badge' | 'badge-and-outline' | 'outline';

const OUTLINE_COLOUR = { high: '#b3261e', medium: '#a04a00', low: '#e2a300' } as const;

/** What each badge opens; read by the page-wide listeners (badge-events.ts). */
export const badgeOpeners = new WeakMap<Element, (by: OpenedBy) => void>();
/** How a badge's popover was asked for: keyboard moves focus in, a hover closes when the pointer leaves. */
export type OpenedBy = 'pointer' | 'keyboard' | 'focus' | 'hover';

let buttonPrototype: HTMLButtonElement | null = null;
function newButton(): HTMLButtonElement {
  if (!buttonPrototype) {
    buttonPrototype = document.createElement('button');
    buttonPrototype.type = 'button';
    buttonPrototype.setAttribute('aria-haspopup', 'dialog');
    buttonPrototype.setAttribute('aria-expanded', 'false');
  }
  return buttonPrototype.cloneNode() as HTMLButtonElement;
}

// A page's badges say the same few things: their words are made once per severity and categories.
// The label names the severity as the popover does ("Military · High"): colour alone says nothing
// to a screen reader.
const wordsCache = new WeakMap<Translate, Map<string, { text: string; label: string }>>();
function badgeWords(t: Translate, severity: string, categories: string): { text: string; label: string } {
  let byCategories = wordsCache.get(t);
  if (!byCategories) {
    byCategories = new Map();
    wordsCache.set(t, byCategories);
  }
  const key = `${severity} ${categories}`;
  let words = byCategories.get(key);
  if (!words) {
    const named = categories.split(' ').map((c) => t(categoryKey(c)));
    words = {
      text: `⚠ ${t('badgeText')}`,
      label: t('badgeLabel', `${named.join(', ')} · ${t(`severity_${severity}` as MessageKey)}`),
    };
    byCategories.set(key, words);
  }
  return words;
}

/**
 * Marks the name element and puts a badge right after it; returns the badge's button. With
 * "outline" the badge shrinks to its icon (its accessible name still says why) and the name is
 * outlined: an outline takes no layout space, so nothing on the page moves. The badge has no
 * listeners of its own: four per badge were half of its cost on a long timeline (bench:page),
 * so one set on the document serves them all (listenToBadges).
 */
export function applyFlags(
  nameEl: Element,
  flags: readonly Flag[],
  t: Translate,
  onOpen: (b: HTMLElement, by: OpenedBy) => void,
  style: HighlightStyle = 'badge',
): HTMLElement {
  const severity = topSeverity(flags) ?? 'low';
  const categories = flags.map((f) => f.category).join(' ');
  nameEl.setAttribute(FLAG_ATTR, categories);
  nameEl.setAttribute(SEVERITY_ATTR, severity);
  if (style !== 'badge' && nameEl instanceof HTMLElement) {
    nameEl.style.outline = `${OUTLINE_WIDTH} solid ${OUTLINE_COLOUR[severity]}`;
    nameEl.style.outlineOffset = '1px';
  }
  const host = document.createElement('span');
  host.setAttribute(BADGE_ATTR, '');
  host.setAttribute('data-severity', severity);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [badgeSheet()];
  const button = newButton();
  const words = badgeWords(t, severity, categories);
  button.textContent = style === 'outline' ? '⚠' : words.text;
  button.setAttribute('aria-label', words.label);
  button.lang = langTag(t);
  root.append(button);
  nameEl.after(host);
  const lost = takeFocusLost(nameEl);
  // Focused before it has an opener, so that this focus alone opens nothing (badge-events.ts):
  // the popover comes back only if it was open. Where the old badge was: the page does not move.
  if (lost) button.focus({ preventScroll: true });
  badgeOpeners.set(host, (by) => onOpen(button, by));
  if (lost?.popoverOpen) onOpen(button, 'focus');
  return button;
}

/** Takes a flag off again (the account was trusted, or settings changed). */
export function clearFlags(nameEl: Element): void {
  if (nameEl.hasAttribute(FLAG_ATTR) && nameEl instanceof HTMLElement) {
    nameEl.style.outline = '';
    nameEl.style.outlineOffset = '';
  }
  nameEl.removeAttribute(FLAG_ATTR);
  nameEl.removeAttribute(SEVERITY_ATTR);
  // Every badge right after the name: an older script's (an update, a reload of the extension) too.
  for (let next = nameEl.nextElementSibling; next?.hasAttribute(BADGE_ATTR); next = nameEl.nextElementSibling) {
    removeBadge(nameEl, next);
  }
}
