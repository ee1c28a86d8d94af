import type { MessageKey, Translate } from '../i18n/core';
import { categoryKey } from '../i18n/core';
import { failureText } from '../i18n/failure-text';
import type { FlaggedAccount } from '../schemas/messages';
import { langTag } from './lang-tag';
import POPOVER_CSS from './popover.css?inline';

// The popover's own rules, minified into a string by Vite (`?inline`), for its shadow root.
export { POPOVER_CSS };

export interface DialogButtons {
  officialText(described: string): string;
  report(): void;
  trust(): Promise<unknown>;
  why(): void;
  close(): void;
}

/**
 * The popover's dialog, from text nodes only (names and bios are hostile). Its buttons act on
 * the user's own clicks only (`isTrusted`): page script can reach an open shadow root, and must
 * not trust every impostor on the page or open report windows.
 */
export function renderDialog(
  item: FlaggedAccount,
  t: Translate,
  reasonText: (flagIndex: number, reasonIndex: number) => string,
  on: DialogButtons,
): HTMLElement {
  // Focus goes straight to a button: the description is what a screen reader says of the reasons.
  const dialog = el('div', { role: 'dialog', 'aria-label': t('popoverTitle'), 'aria-describedby': 'd', lang: langTag(t) });
  const about = el('div', { id: 'd' });
  dialog.addEventListener('keydown', (e) => keepTabInside(e, dialog));
  dialog.append(el('h2', {}, t('popoverTitle')), about);
  about.append(el('p', { dir: 'auto' }, item.account.displayName));
  item.flags.forEach((flag, fi) => {
    about.append(el('h3', {}, `${t(categoryKey(flag.category))} · ${t(`severity_${flag.severity}` as MessageKey)}`));
    const list = el('ul');
    for (let ri = 0; ri < flag.reasons.length; ri++) list.append(el('li', {}, reasonText(fi, ri)));
    about.append(list);
    if (flag.resembles) about.append(el('p', {}, labelled(t('popoverResembles'), on.officialText(flag.resembles))));
  });
  const kind = item.account.verification.kind;
  about.append(el('p', {}, labelled(t('popoverVerification'), t(`verification_${kind}` as MessageKey))));
  const actions = el('div', { class: 'actions' });
  const button = (label: string, onClick: () => unknown, cls = '') => actionButton(dialog, t, label, onClick, cls);
  actions.append(
    button(t('actionReport'), on.report, 'primary'),
    button(t('actionTrust'), on.trust),
    button(t('actionWhy'), on.why),
    button(t('actionClose'), on.close),
  );
  dialog.append(actions);
  return dialog;
}

/**
 * A dialog's button that acts on the user's own click only. An action that fails (a trust or its
 * undo not saved) keeps the popover open and says why, as text.
 */
export function actionButton(dialog: HTMLElement, t: Translate, label: string, onClick: () => unknown, cls = ''): HTMLElement {
  const b = el('button', { type: 'button', class: cls }, label);
  b.addEventListener('click', async (e) => {
    e.stopPropagation();
    if (!e.isTrusted) return;
    try {
      await onClick();
    } catch (err) {
      const failed = dialog.querySelector('[role=alert]') ?? dialog.appendChild(el('p', { role: 'alert' }));
      // A full disk, or the extension updated under the page, in the reader's words with what to do.
      failed.textContent = failureText(t, 'saveFailed', err);
    }
  });
  return b;
}

/** "Label: value"; a full-width colon (Chinese) carries its own space. */
const labelled = (label: string, value: string) => (label.endsWith('：') ? label + value : `${label} ${value}`);

/** Tab and Shift+Tab cycle through the dialog's buttons: it is the last thing in the page. */
export function keepTabInside(e: KeyboardEvent, dialog: HTMLElement): void {
  if (e.key !== 'Tab') return;
  const buttons = dialog.querySelectorAll('button');
  const first = buttons[0];
  const last = buttons[buttons.length - 1];
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (!first || !last) return;
  if (e.shiftKey ? active === first : active === last) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
}

/** The flagged name element a badge's button follows (the button sits in the badge's shadow root). */
export function nameBefore(button: HTMLElement | null): HTMLElement | null {
  const name = button && badgeHostOf(button).previousElementSibling;
  return name instanceof HTMLElement ? name : null;
}

/** The badge's host element in the page, for a button inside its shadow root. */
export function badgeHostOf(button: HTMLElement): Element {
  const root = button.getRootNode();
  return root instanceof ShadowRoot ? root.host : button;
}

/**
 * Puts the popover below its badge, or above it when the room is there and not below; always
 * inside the window. The place goes in custom properties, which `all` leaves alone: the :host
 * rule's `all: initial !important` would beat `top` and `left` in the host's style attribute.
 * Returns whether the badge is in the window at all (a clamped popover would stick to an edge).
 */
export function placeBy(host: HTMLElement, anchor: HTMLElement): boolean {
  const r = anchor.getBoundingClientRect();
  const height = host.getBoundingClientRect().height;
  const below = window.innerHeight - r.bottom - 6;
  const top = below >= height || r.top - 6 < height ? r.bottom + 6 : r.top - 6 - height;
  const y = Math.max(8, Math.min(top, window.innerHeight - Math.min(height, window.innerHeight - 16) - 8));
  host.style.cssText = `--t:${y}px;--l:${Math.max(8, Math.min(r.left, window.innerWidth - 336))}px`;
  return r.bottom > 0 && r.top < window.innerHeight;
}

/** Focuses a name element that is not focusable itself, without a lasting tab stop. */
export function focusName(name: HTMLElement): void {
  if (!name.hasAttribute('tabindex')) {
    name.setAttribute('tabindex', '-1');
    name.addEventListener('blur', () => name.removeAttribute('tabindex'), { once: true });
  }
  name.focus();
}

export function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
