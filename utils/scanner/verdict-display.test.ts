// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyFlags, BADGE_ATTR, clearFlags, FLAG_ATTR } from '../dom/badge';
import { stringsTranslator } from '../i18n/core';
import type { FlaggedAccount } from '../schemas/messages';
import { PageAccounts } from './page-accounts';
import { cleanVerdict, flaggedVerdict, foundRecord } from './test-helpers';
import { verdictDisplay } from './verdict-display';

function nameInPage(): Element {
  const parent = document.createElement('div');
  const name = document.createElement('span');
  parent.append(name);
  document.body.append(parent);
  return name;
}

function harness() {
  const accounts = new PageAccounts();
  const t = stringsTranslator('en', {});
  const drawn: FlaggedAccount[] = [];
  const wanted: Element[][] = [];
  let changes = 0;
  const drawer = {
    draw: (el: Element, item: FlaggedAccount) => {
      drawn.push(item);
      applyFlags(el, item.flags, t, () => {});
    },
  };
  const show = verdictDisplay(accounts, drawer, () => changes++, { want: (els) => wanted.push([...els]) });
  const add = (key: string) => {
    const rec = foundRecord(key, 'Strategic Missile Force', {
      verification: { kind: 'paid', source: 'dom' },
      element: nameInPage(),
    });
    accounts.add(rec);
    return rec.element;
  };
  return { accounts, show, add, drawn, wanted, changes: () => changes };
}

describe('verdictDisplay', () => {
  it('marks every element of a flagged account once, reports the change and asks for its badge data', () => {
    const h = harness();
    const first = h.add('x:a');
    const another = nameInPage();
    h.accounts.addSighting('x:a', 'Strategic Missile Force', another);
    h.show('x:a', flaggedVerdict);
    for (const el of [first, another]) expect(el.getAttribute(FLAG_ATTR)).toBe('military');
    expect(h.drawn).toHaveLength(2);
    expect(h.changes()).toBe(1);
    expect(h.wanted).toEqual([[first, another]]);
    // The same verdict again (a late element): only unmarked elements are drawn, nothing is reported.
    const late = nameInPage();
    h.accounts.addSighting('x:a', 'Strategic Missile Force', late);
    h.show('x:a', flaggedVerdict);
    expect(late.getAttribute(FLAG_ATTR)).toBe('military');
    expect(first.parentElement!.querySelectorAll(`[${BADGE_ATTR}]`)).toHaveLength(1);
    expect(h.drawn).toHaveLength(3);
    expect(h.wanted).toHaveLength(1);
    expect(h.changes()).toBe(1);
  });

  it('takes the marks off when a new verdict clears the account, and does nothing for a clean one', () => {
    const h = harness();
    const el = h.add('x:a');
    h.show('x:a', flaggedVerdict);
    h.show('x:a', cleanVerdict);
    expect(el.hasAttribute(FLAG_ATTR)).toBe(false);
    expect(el.parentElement!.querySelector(`[${BADGE_ATTR}]`)).toBeNull();
    expect(h.accounts.flagged.has('x:a')).toBe(false);
    expect(h.changes()).toBe(2);

    const quiet = h.add('x:b');
    h.show('x:b', cleanVerdict);
    expect(quiet.hasAttribute(FLAG_ATTR)).toBe(false);
    expect(h.changes()).toBe(2);
    expect(h.wanted).toHaveLength(1);
    clearFlags(el);
  });

  it('a new verdict redraws a focused badge with the focus on its new badge, not on the body', () => {
    const h = harness();
    const el = h.add('x:a');
    h.show('x:a', flaggedVerdict);
    const badgeButton = () => el.nextElementSibling!.shadowRoot!.firstElementChild as HTMLElement;
    const old = badgeButton();
    old.focus();
    h.show('x:a', { ...flaggedVerdict });
    expect(old.isConnected).toBe(false);
    expect(document.activeElement).toBe(el.nextElementSibling);
    expect(badgeButton().getRootNode()).toHaveProperty('activeElement', badgeButton());
    clearFlags(el);
  });
});
