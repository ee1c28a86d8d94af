// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { makeAccount } from '../adapters/common';
import { PageAccounts } from './page-accounts';
import { flaggedVerdict as flagged, foundRecord } from './test-helpers';

const record = foundRecord;

describe('PageAccounts.addSighting', () => {
  it('adds another element of a known account under the same name and gives its verdict so far', () => {
    const accounts = new PageAccounts();
    const first = record('x:a', 'Strategic Missile Force');
    accounts.add(first);
    const second = document.createElement('span');
    const sighting = accounts.addSighting('x:a', 'Strategic Missile Force', second);
    expect(sighting?.record).toBe(first);
    expect(sighting?.verdict).toBeUndefined();
    expect([...accounts.elementsOf('x:a')]).toEqual([first.element, second]);
    expect(accounts.layers.hook).toBe(2);

    accounts.flag('x:a', flagged);
    const third = document.createElement('span');
    expect(accounts.addSighting('x:a', 'Strategic Missile Force', third)?.verdict).toBe(flagged);
    expect(accounts.elementsOf('x:a').has(third)).toBe(true);
  });

  it('refuses an unknown account and a changed name (they need a whole record)', () => {
    const accounts = new PageAccounts();
    accounts.add(record('x:a', 'Old Name'));
    const el = document.createElement('span');
    expect(accounts.addSighting('x:b', 'Old Name', el)).toBeNull();
    expect(accounts.addSighting('x:a', 'New Name', el)).toBeNull();
    expect(accounts.elementsOf('x:a').has(el)).toBe(false);
    expect(accounts.layers.hook).toBe(1);
  });
});

describe('PageAccounts.add of a known account', () => {
  it('does not ask to judge other words for it again (a mention, a second link), which would replace its verdict', () => {
    const accounts = new PageAccounts();
    expect(accounts.add(record('other:/u/cpd123', 'City Police Department (Official)'))).toBe(true);
    accounts.flag('other:/u/cpd123', flagged);
    const mention = record('other:/u/cpd123', '@cpd123');
    expect(accounts.add(mention)).toBe(false);
    expect(accounts.elementsOf('other:/u/cpd123').has(mention.element)).toBe(true);
    expect(accounts.verdictOf('other:/u/cpd123')).toBe(flagged);
  });

  it('judges other words for it while it is not flagged, so a mention read first hides no claim', () => {
    const accounts = new PageAccounts();
    expect(accounts.add(record('other:/u/cpd123', '@cpd123'))).toBe(true);
    const author = record('other:/u/cpd123', 'City Police Department (Official)');
    expect(accounts.add(author)).toBe(true);
    // The author's record is the one held now (a sighting under its name finds it).
    expect(accounts.addSighting('other:/u/cpd123', author.displayName, document.createElement('a'))?.record.displayName).toBe(
      author.displayName,
    );
  });

  it('asks again when the find tells more (a bio, a badge), and holds that record', () => {
    const accounts = new PageAccounts();
    accounts.add(record('x:jack', 'Jack'));
    expect(accounts.add(record('x:jack', 'Jack', { bio: 'Rocket Force veteran' }))).toBe(true);
    const badged = record('x:jack', 'Jack', { verification: { kind: 'government', source: 'data' } });
    expect(accounts.add(badged)).toBe(true);
    expect(accounts.add(record('x:jack', 'Jack', { verification: { kind: 'government', source: 'data' } }))).toBe(false);
  });
});

describe('PageAccounts: the post text near a flagged account', () => {
  it('is not read when the account is flagged, only when asked for (a report opening), and then once', () => {
    let reads = 0;
    const rec = makeAccount({
      platform: 'x',
      key: 'x:a',
      displayName: 'Strategic Missile Force',
      verification: { kind: 'paid', source: 'dom' },
      element: document.createElement('span'),
      layer: 'hook',
      context: () => {
        reads++;
        return '  Official   statement of the command. ';
      },
    })!;
    const accounts = new PageAccounts();
    accounts.add(rec);
    const item = accounts.flag('x:a', flagged);
    expect(item?.flags).toBe(flagged.flags);
    expect(item).not.toHaveProperty('context');
    expect(reads).toBe(0);
    expect(accounts.contextOf('x:a')).toBe('Official statement of the command.');
    expect(accounts.contextOf('x:a')).toBe('Official statement of the command.');
    expect(reads).toBe(1);
    expect(accounts.contextOf('x:unknown')).toBeUndefined();
  });
});

describe('PageAccounts elements', () => {
  it('holds one element, then several, each once, and gives them all back on remove', () => {
    const accounts = new PageAccounts();
    const first = record('x:a', 'A');
    expect(accounts.add(first)).toBe(true);
    expect(accounts.add({ ...first })).toBe(false);
    expect([...accounts.elementsOf('x:a')]).toEqual([first.element]);
    const second = document.createElement('span');
    expect(accounts.add({ ...first, element: second })).toBe(false);
    accounts.addSighting('x:a', 'A', second);
    expect([...accounts.elementsOf('x:a')]).toEqual([first.element, second]);
    expect([...accounts.remove('x:a')]).toEqual([first.element, second]);
    expect(accounts.elementsOf('x:a').size).toBe(0);
    expect(accounts.size).toBe(0);
  });
});

describe('PageAccounts.prune', () => {
  it('lets go of removed elements, forgets unflagged accounts left with none, and keeps flagged ones element-free with their post text', () => {
    const accounts = new PageAccounts();
    const placed = (key: string, name: string, context?: () => string) => {
      const rec = makeAccount({ ...record(key, name), context })!;
      document.body.append(rec.element);
      accounts.add(rec);
      return rec;
    };
    const gone = placed('x:gone', 'Gone');
    const kept = placed('x:kept', 'Kept');
    const impostor = placed('x:impostor', 'Strategic Missile Force', () => 'post text');
    accounts.flag('x:impostor', flagged);
    const twice = document.createElement('span');
    document.body.append(twice);
    accounts.addSighting('x:kept', 'Kept', twice);
    for (const el of [gone.element, impostor.element, twice]) el.remove();
    accounts.noteRemoval();

    expect(accounts.prune(20_000)).toBe(true);
    expect(accounts.size).toBe(3);
    expect(accounts.elementsOf('x:gone').size).toBe(0);
    expect(accounts.verdictOf('x:gone')).toBeUndefined();
    expect([...accounts.elementsOf('x:kept')]).toEqual([kept.element]);
    expect(accounts.elementsOf('x:impostor').size).toBe(0);
    expect(accounts.flagged.has('x:impostor')).toBe(true);
    expect(accounts.contextOf('x:impostor')).toBe('post text');

    // Listed still, as off the page: the popup offers no Show for it.
    const listed = accounts.flagged.get('x:impostor');
    expect(listed?.offPage).toBe(true);
    expect(accounts.prune(40_000)).toBe(false);
    expect(accounts.flagged.get('x:impostor')).toBe(listed);
    // Judged again meanwhile (new settings): still off the page.
    const rejudgedVerdict = { ...flagged };
    expect(accounts.flag('x:impostor', rejudgedVerdict)?.offPage).toBe(true);
    const rejudged = accounts.flagged.get('x:impostor');

    // Seen again: the flagged account keeps its verdict, back on the page (a new item, so the tab
    // reporter sends it); the forgotten one is new (and not counted twice).
    const back = document.createElement('span');
    const sighting = accounts.addSighting('x:impostor', 'Strategic Missile Force', back);
    expect(sighting?.verdict).toBe(rejudgedVerdict);
    expect(accounts.flagged.get('x:impostor')).toEqual({ ...rejudged, offPage: undefined });
    expect('offPage' in accounts.flagged.get('x:impostor')!).toBe(false);
    expect(sighting && 'element' in sighting.record).toBe(false);
    expect(accounts.add(record('x:gone', 'Gone'))).toBe(true);
    expect(accounts.size).toBe(3);
  });

  /** An account whose name element is on the page. */
  const heldOnPage = (accounts: PageAccounts, key: string, name: string) => {
    const rec = record(key, name);
    document.body.append(rec.element);
    accounts.add(rec);
    return rec;
  };
  /** Still held after prune(notYet), let go by prune(by). */
  const expectLetGoBetween = (accounts: PageAccounts, rec: ReturnType<typeof record>, notYet: number, by: number) => {
    accounts.prune(notYet);
    expect([...accounts.elementsOf(rec.key)]).toEqual([rec.element]);
    accounts.prune(by);
    expect(accounts.elementsOf(rec.key).size).toBe(0);
  };

  it('runs at most every ten seconds', () => {
    const accounts = new PageAccounts();
    const rec = heldOnPage(accounts, 'x:a', 'A');
    accounts.noteRemoval();
    accounts.prune(10_000);
    rec.element.remove();
    accounts.noteRemoval();
    expectLetGoBetween(accounts, rec, 15_000, 20_000);
  });

  it('runs only after the page removed something, or once a minute for removals no observer saw', () => {
    const accounts = new PageAccounts();
    const rec = heldOnPage(accounts, 'x:a', 'A');
    rec.element.remove();
    // Nothing noted: a timeline that only grows is not searched for elements gone.
    expectLetGoBetween(accounts, rec, 30_000, 60_000);

    const other = heldOnPage(accounts, 'x:b', 'B');
    other.element.remove();
    accounts.noteRemoval();
    expectLetGoBetween(accounts, other, 65_000, 70_000);
  });

  it("after an in-page navigation, drops the old page's flagged accounts once the site removes their posts", () => {
    const accounts = new PageAccounts();
    const handled = new WeakSet<Element>();
    const placed = (key: string, name: string) => {
      const rec = record(key, name);
      document.body.append(rec.element);
      handled.add(rec.element);
      return rec;
    };
    // Read at once after the navigation, before the site swapped its content: the old page's posts.
    const oldImpostor = placed('x:old', 'Strategic Missile Force');
    const stays = placed('x:stays', 'Rocket Force Command');
    accounts.startOver(handled, 1_000);
    accounts.add(oldImpostor);
    accounts.add(stays);
    accounts.flag('x:old', flagged);
    accounts.flag('x:stays', flagged);
    // The new page's own post of an account first seen on the old one: it belongs here too.
    const again = placed('x:again', 'PLA Daily');
    accounts.add(again);
    accounts.flag('x:again', flagged);
    const fresh = document.createElement('span');
    document.body.append(fresh);
    accounts.addSighting('x:again', 'PLA Daily', fresh);

    expect(accounts.prune(1_500)).toBe(false);
    oldImpostor.element.remove();
    again.element.remove();
    fresh.remove();
    // Within the navigation's few seconds prune runs at every idle, whatever the ten-second rule.
    expect(accounts.prune(2_000)).toBe(true);
    expect([...accounts.flagged.keys()]).toEqual(['x:stays', 'x:again']);
    expect(accounts.size).toBe(2);
  });
});
