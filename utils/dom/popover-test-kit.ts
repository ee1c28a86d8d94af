// The popover tests' page: one flagged name with its badge, the shared popover, recorded actions
// (imported by tests only).
import { vi } from 'vitest';
import type { Translate } from '../i18n/core';
import type { FlaggedAccount } from '../schemas/messages';
import { applyFlags } from './badge';
import { listenToBadges } from './badge-events';
import { FlagPopover, type PopoverActions } from './popover';

export const item: FlaggedAccount = {
  account: { platform: 'weibo', key: 'weibo:1', displayName: '火箭军司令部', verification: { kind: 'none', source: 'dom' } },
  flags: [
    {
      category: 'military',
      severity: 'high',
      score: 0.9,
      reasons: [{ code: 'military.command', field: 'displayName', match: '司令部', messageKey: 'm' }],
      resembles: '火箭军 (weibo @rocket)',
    },
  ],
  rulesetVersion: '1',
};

/** What the browser sends for the user's own click (happy-dom's events are never trusted). */
export function userClick(target: Element, detail = 1): void {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail });
  Object.defineProperty(click, 'isTrusted', { value: true });
  target.dispatchEvent(click);
}

export type RecordedActions = { [K in keyof PopoverActions]: ReturnType<typeof vi.fn> };

/** A page with the name `#name` (flagged, its badge drawn) and a `#search` field; abort `context` after. */
export function popoverPage(t: Translate) {
  const context = new AbortController();
  document.body.innerHTML = '<p><a id="name" href="/u/1">火箭军司令部</a></p><input id="search">';
  const actions: RecordedActions = {
    report: vi.fn(),
    trust: vi.fn(async () => {}),
    untrust: vi.fn(async () => {}),
    why: vi.fn(),
    reasonText: vi.fn(() => 'a reason'),
    officialText: vi.fn((described: string) => described.replace('(weibo', '(微博')),
  };
  const popover = new FlagPopover(() => t, actions as unknown as PopoverActions, context.signal);
  listenToBadges(document, context.signal);
  const badge = applyFlags(document.getElementById('name')!, item.flags, t, (b, by) => popover.open(b, item, by));
  return { context, actions, badge, popover };
}

/** The open popover's dialog, or null. */
export const dialog = () =>
  document.querySelector('[data-claimcheck-popover]')?.shadowRoot?.querySelector('[role=dialog]') ?? null;

/** The open popover's button with this text. */
export const button = (label: string) =>
  [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label) as HTMLElement;
