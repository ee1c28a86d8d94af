import type { MessageKey, Translate } from '../i18n/core';
import { categoryKey } from '../i18n/core';
import type { FlaggedAccount } from '../schemas/messages';

export interface PopoverActions {
  report(item: FlaggedAccount): void;
  trust(item: FlaggedAccount): void;
  why(): void;
  reasonText(item: FlaggedAccount, flagIndex: number, reasonIndex: number): string;
}

const POPOVER_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; }
[role=dialog] { box-sizing: border-box; font: 13px/1.45 system-ui, sans-serif; color: #1f1f1f; background: #fff; border: 1px solid #c4c7c5;
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 12px 14px; width: 320px; max-width: 90vw;
  max-height: 60vh; overflow: auto; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) { [role=dialog] { color: #e3e3e3; background: #1f1f1f; border-color: #5f6368; } }
h2 { font-size: 14px; margin: 0 0 6px; } h3 { font-size: 13px; margin: 8px 0 2px; }
ul { margin: 2px 0; padding-inline-start: 18px; } p { margin: 4px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #747775; background: transparent; color: inherit; cursor: pointer; }
button.primary { background: #b3261e; border-color: #b3261e; color: #fff; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;

/** The one popover all badges share; built from text nodes only (names and bios are hostile). */
export class FlagPopover {
  private host: HTMLElement | null = null;
  private anchor: HTMLElement | null = null;

  constructor(
    private readonly t: Translate,
    private readonly actions: PopoverActions,
    signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.close());
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.close(true), { signal });
    document.addEventListener('pointerdown', (e) => this.host && !e.composedPath().includes(this.host) && this.close(), {
      signal,
    });
  }

  open(anchor: HTMLElement, item: FlaggedAccount): void {
    if (this.anchor === anchor && this.host) return;
    this.close();
    this.anchor = anchor;
    const host = document.createElement('span');
    host.setAttribute('data-claimcheck-popover', '');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = POPOVER_CSS;
    root.append(style, this.render(item));
    document.documentElement.append(host);
    const r = anchor.getBoundingClientRect();
    host.style.top = `${Math.min(r.bottom + 6, window.innerHeight - 40)}px`;
    host.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - 336))}px`;
    this.host = host;
  }

  close(returnFocus = false): void {
    this.host?.remove();
    this.host = null;
    if (returnFocus) this.anchor?.focus();
    this.anchor = null;
  }

  private render(item: FlaggedAccount): HTMLElement {
    const { t } = this;
    const dialog = el('div', { role: 'dialog', 'aria-label': t('popoverTitle') });
    dialog.append(el('h2', {}, t('popoverTitle')), el('p', {}, item.account.displayName));
    item.flags.forEach((flag, fi) => {
      dialog.append(el('h3', {}, `${t(categoryKey(flag.category))} · ${t(`severity_${flag.severity}` as MessageKey)}`));
      const list = el('ul');
      for (let ri = 0; ri < flag.reasons.length; ri++) list.append(el('li', {}, this.actions.reasonText(item, fi, ri)));
      dialog.append(list);
      if (flag.resembles) dialog.append(el('p', {}, `${t('popoverResembles')} ${flag.resembles}`));
    });
    const kind = item.account.verification.kind;
    dialog.append(el('p', {}, `${t('popoverVerification')} ${t(`verification_${kind}` as MessageKey)}`));
    const actions = el('div', { class: 'actions' });
    const button = (label: string, onClick: () => void, cls = '') => {
      const b = el('button', { type: 'button', class: cls }, label);
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        onClick();
      });
      return b;
    };
    actions.append(
      button(t('actionReport'), () => this.actions.report(item), 'primary'),
      button(t('actionTrust'), () => {
        this.actions.trust(item);
        this.close();
      }),
      button(t('actionWhy'), () => this.actions.why()),
      button(t('actionClose'), () => this.close(true)),
    );
    dialog.append(actions);
    return dialog;
  }
}

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
