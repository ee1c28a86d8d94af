import { describe, expect, it, vi } from 'vitest';
import type { PageDataReceiver } from '../adapters/page-data';
import type { FoundAccount } from '../adapters/types';
import { PageDataRequests } from './page-data-requests';

function harness() {
  const calls: string[] = [];
  const receiver: PageDataReceiver = {
    requestAll: () => calls.push('all'),
    requestFor: (els) => calls.push(`for ${els.map((e) => e.id).join(',')}`),
    stop: () => {},
  };
  const timers: (() => void)[] = [];
  const requests = new PageDataRequests(receiver, (cb) => timers.push(cb));
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
    h.requests.want([el('flagged')]);
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
      const requests = new PageDataRequests(receiver, (cb, ms) => setTimeout(cb, ms));
      requests.schedule();
      vi.advanceTimersByTime(0);
      requests.want([el('a')]);
      requests.schedule();
      vi.advanceTimersByTime(500);
      expect(calls).toEqual(['all']);
      vi.advanceTimersByTime(500);
      expect(calls).toEqual(['all', 'for']);
      requests.want([el('b')]);
      requests.navigated();
      requests.schedule();
      vi.advanceTimersByTime(1000);
      expect(calls).toEqual(['all', 'for', 'all']);
    } finally {
      vi.useRealTimers();
    }
  });
});
