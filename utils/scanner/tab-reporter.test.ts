// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { SiteAdapter } from '../adapters/types';
import { TabReporter } from './tab-reporter';

const adapter = { id: 'weibo', platform: 'weibo', expectsAccounts: () => true } as unknown as SiteAdapter;

/** Ports the reporter opens: what each carried, and a way to close one as a stopping worker does. */
function ports() {
  const opened: { posted: { reset: boolean }[]; disconnect: () => void }[] = [];
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => {
    const listeners: (() => void)[] = [];
    const port = {
      posted: [] as { reset: boolean }[],
      disconnect: () => {
        for (const l of listeners) l();
      },
    };
    opened.push(port);
    return {
      postMessage: (m: { payload: { reset: boolean } }) => port.posted.push(m.payload),
      onDisconnect: { addListener: (l: () => void) => listeners.push(l) },
      disconnect: () => {},
    } as unknown as Browser.runtime.Port;
  });
  return opened;
}

describe('TabReporter and a worker that stops when idle', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const reporter = () =>
    new TabReporter(adapter, new AbortController().signal, () => ({ flagged: new Map(), scanned: 3, layers: {} }));

  it('does not reconnect (waking the worker again) when the port goes long after the last update', () => {
    const opened = ports();
    const r = reporter();
    r.changed();
    vi.advanceTimersByTime(500);
    expect(opened).toHaveLength(1);
    vi.advanceTimersByTime(30_000);
    opened[0]!.disconnect();
    vi.advanceTimersByTime(60_000);
    expect(opened).toHaveLength(1);
    // The next real change starts the tab's list over on a new port.
    r.changed();
    vi.advanceTimersByTime(500);
    expect(opened).toHaveLength(2);
    expect(opened[1]!.posted.map((p) => p.reset)).toEqual([true]);
  });

  it('sends the whole list again at once when the port goes right after an update it may have lost', () => {
    const opened = ports();
    const r = reporter();
    r.changed();
    vi.advanceTimersByTime(500);
    r.changed();
    vi.advanceTimersByTime(500);
    expect(opened[0]!.posted.map((p) => p.reset)).toEqual([true, false]);
    opened[0]!.disconnect();
    vi.advanceTimersByTime(500);
    expect(opened).toHaveLength(2);
    expect(opened[1]!.posted.map((p) => p.reset)).toEqual([true]);
  });

  it('sends the whole list again when the page comes back from the back/forward cache', () => {
    const opened = ports();
    reporter().changed();
    vi.advanceTimersByTime(500);
    vi.advanceTimersByTime(60_000);
    opened[0]!.disconnect();
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    vi.advanceTimersByTime(500);
    expect(opened).toHaveLength(2);
    expect(opened[1]!.posted.map((p) => p.reset)).toEqual([true]);
  });
});
