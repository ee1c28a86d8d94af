// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from './scanner-context';

const nav = globalThis as { navigation?: EventTarget };

describe("the scanners' content-script context", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    delete nav.navigation;
    history.replaceState(null, '', '/');
  });

  it('ends, and runs no more of its timers, once its extension is gone (an update or reload)', () => {
    const ctx = new ContentScriptContext('weibo');
    const ticks: string[] = [];
    ctx.setInterval(() => ticks.push('interval'), 100);
    ctx.setTimeout(() => ticks.push('timeout'), 250);
    vi.advanceTimersByTime(100);
    expect(ticks).toEqual(['interval']);
    const id = vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(1000);
    expect(ticks).toEqual(['interval']);
    expect(ctx.isValid).toBe(false);
    expect(ctx.signal.aborted).toBe(true);
    id.mockRestore();
  });

  it('stops when a newer copy of the same script starts in the page (install-time start meeting the page load)', () => {
    const first = new ContentScriptContext('weibo');
    const generic = new ContentScriptContext('generic');
    const second = new ContentScriptContext('weibo');
    expect(first.signal.aborted).toBe(true);
    expect(second.isValid).toBe(true);
    expect(generic.isValid).toBe(true);
  });

  it('reports a new path or query with its URL, and not a change of the fragment alone (polling)', () => {
    const ctx = new ContentScriptContext('x');
    const seen: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (e) => seen.push((e as Event & { newUrl: URL }).newUrl.pathname));
    history.pushState(null, '', '/home#top');
    vi.advanceTimersByTime(1000);
    history.pushState(null, '', '/home#replies');
    vi.advanceTimersByTime(1000);
    history.pushState(null, '', '/jack?tab=likes');
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['/home', '/jack']);
    // A hash-routed app's route is a new page.
    history.pushState(null, '', '/app#/user/1');
    vi.advanceTimersByTime(1000);
    history.pushState(null, '', '/app#/user/2');
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['/home', '/jack', '/app', '/app']);
    window.dispatchEvent(new Event(`${browser.runtime.id}:x:wxt:locationchange`));
    expect(seen).toHaveLength(4);
  });

  it("takes navigation from the browser's navigate events only, not one the page dispatches", () => {
    nav.navigation = new EventTarget();
    const ctx = new ContentScriptContext('x');
    const seen: unknown[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (e) => seen.push(e));
    const forged = Object.assign(new Event('navigate'), { destination: { url: `${location.origin}/elsewhere` } });
    nav.navigation.dispatchEvent(forged);
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual([]);
  });
});
