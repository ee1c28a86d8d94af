import type { Translate } from '../i18n/core';
import { langTag } from './lang-tag';
import { actionButton, el, keepTabInside } from './popover-dialog';

export interface TrustedButtons {
  /** Rejects when the undo was not saved: the popover stays, and says so. */
  undo(): Promise<unknown>;
  close(): void;
}

/**
 * What the popover says once "Trust this account" is saved: the warning is gone from every tab,
 * so the user is told so, where to manage it, and can take it back at once (one press made it).
 */
export function renderTrusted(displayName: string, t: Translate, on: TrustedButtons): HTMLElement {
  const dialog = el('div', { role: 'dialog', 'aria-label': t('actionTrust'), 'aria-describedby': 'd', lang: langTag(t) });
  dialog.addEventListener('keydown', (e) => keepTabInside(e, dialog));
  const about = el('div', { id: 'd' });
  // Isolated (FSI … PDI): a right-to-left or override character in the page's name must not
  // reorder the sentence around it.
  about.append(el('p', {}, t('trustedDone', `\u2068${displayName}\u2069`)), el('p', {}, t('flagsTrustedNote')));
  const actions = el('div', { class: 'actions' });
  actions.append(actionButton(dialog, t, t('undo'), on.undo, 'primary'), actionButton(dialog, t, t('actionClose'), on.close));
  dialog.append(about, actions);
  return dialog;
}
