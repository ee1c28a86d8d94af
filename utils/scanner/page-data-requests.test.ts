import { describe, expect, it, vi } from 'vitest';
import type { PageDataReceiver } from '../adapters/page-data';
import type { FoundAccount, SitePageData } from '../adapters/types';
import { xPageData } from '../adapters/x-badge';
import { PageDataRequests } from './page-data-requests';

const readsAll: SitePageData = { readsAround: () => true };

function harness(site: SitePageData | undefined = readsAll) {
  const calls: string[] = [];
  const receiver: PageDataReceiver = {
    requestAll: () => calls.push('all'),
    requestFor: (els) => calls.push(`for ${els.map((e) => e.id).join(',')}`),
    stop: () => {},
  };
  const timers: (() => void)[] = [];
  const requests = new PageDataRequests(receiver, (cb) => timers.push(cb), site);
  const fire = () => {
    for (const cb of timers.splice(0)) cb();
  };
  return { calls, requests, timers, fire };
}

const el = (id: string) => ({ id }) as Element;
const rec = (id: string, kind: FoundAccount['verification']['kind'], source: 'dom' | 'data' = 'dom') =>
  ({ element: el(id), verification: { kind, source } }) as FoundAccount;

describe('PageDataRequests', () => {
  it('asks for the whole page first, then only about the accounts whose badge type matters', () => {
    const h = harness();
    h.requests.schedule();
    h.fire();
    expect(h.calls).toEqual(['all']);
    h.requests.found(rec('paid', 'paid'));
    h.requests.found(rec('none', 'none'));
    h.requests.found(rec('gov', 'government'));
    h.requests.found(rec('confirmed', 'organization', 'data'));
    h.requests.want([el('flagged')], { kind: 'none' });
    h.requests.schedule();
    h.requests.schedule(); // one timer, however often a scan goes idle
    expect(h.timers).toHaveLength(1);
    h.fire();
    expect(h.calls).toEqual(['all', 'for gov,flagged']);
    h.requests.schedule();
    expect(h.timers).toHaveLength(0); // nothing wanted: no request
  });

  it('waits out the interval between requests, and reads the whole page again after navigation', () => {
    vi.useFakeTimers();
    try {
      const calls: string[] = [];
      const receiver: PageDataReceiver = {
        requestAll: () => calls.push('all'),
        requestFor: () => calls.push('for'),
        stop: () => {},
      };
      const requests = new PageDataRequests(receiver, (cb, ms) => setTimeout(cb, ms), readsAll);
      requests.schedule();
      vi.advanceTimersByTime(0);
      requests.want([el('a')], { kind: 'none' });
      requests.schedule();
      vi.advanceTimersByTime(500);
      expect(calls).toEqual(['all']);
      vi.advanceTimersByTime(500);
      expect(calls).toEqual(['all', 'for']);
      requests.want([el('b')], { kind: 'none' });
      requests.navigated();
      requests.schedule();
      vi.advanceTimersByTime(1000);
      expect(calls).toEqual(['all', 'for', 'all']);
    } finally {
      vi.useRealTimers();
    }
  });

  it("aims no request at an element the site's reader can read nothing around", () => {
    // x.com: the reader reads a check mark's React props; a flagged account without one has none.
    const x = harness(xPageData);
    x.requests.schedule();
    x.fire();
    x.requests.want([el('flagged-no-check')], { kind: 'none' });
    x.requests.want([el('flagged-blue')], { kind: 'paid' });
    x.requests.found(rec('grey', 'government'));
    x.requests.schedule();
    x.fire();
    expect(x.calls).toEqual(['all', 'for flagged-blue,grey']);
    // Sites whose page data is embedded JSON or globals: read with the whole page only.
    const embeddedOnly = harness({});
    embeddedOnly.requests.schedule();
    embeddedOnly.fire();
    embeddedOnly.requests.want([el('flagged')], { kind: 'none' });
    embeddedOnly.requests.found(rec('gov', 'government'));
    embeddedOnly.requests.schedule();
    expect(embeddedOnly.timers).toHaveLength(0);
    expect(embeddedOnly.calls).toEqual(['all']);
  });
});
