// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { OpenedBy } from '../dom/badge';
import type { FlaggedAccount } from '../schemas/messages';
import { pagePopover } from './page-popover';
import type { PopoverModule } from './popover-module';

/** A stand-in for the module's FlagPopover that records what it was asked (the real one has its own tests). */
function fakeModule() {
  const calls: string[] = [];
  let built = 0;
  class FlagPopover {
    constructor() {
      built++;
    }
    open(anchor: HTMLElement, _item: FlaggedAccount, by: OpenedBy = 'pointer') {
      calls.push(`open ${anchor.id} ${by}`);
    }
    close(_returnFocus = false, flagsOnly = false) {
      calls.push(flagsOnly ? 'close flags' : 'close');
    }
  }
  const module = { FlagPopover, formatReason: () => '' } as unknown as PopoverModule;
  return { module, calls, built: () => built };
}

/** A load the test resolves or fails when it chooses. */
function deferredLoad() {
  const loads: { resolve: (m: PopoverModule) => void; reject: (e: Error) => void }[] = [];
  const load = () => new Promise<PopoverModule>((resolve, reject) => loads.push({ resolve, reject }));
  return { load, loads };
}

const badge = (id: string) => Object.assign(document.createElement('span'), { id });
const item = {} as FlaggedAccount;
const t = () => Object.assign(() => '', { lang: 'en' as const });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the page popover, loaded on first opening', () => {
  it('loads once and opens what was last asked for while it loaded', async () => {
    const { module, calls, built } = fakeModule();
    const { load, loads } = deferredLoad();
    const popover = pagePopover(t, () => ({}) as never, new AbortController().signal, load);
    popover.open(badge('a'), item, 'hover');
    popover.open(badge('b'), item, 'keyboard');
    expect(loads).toHaveLength(1);
    loads[0]!.resolve(module);
    await settle();
    expect(calls).toEqual(['open b keyboard']);
    popover.open(badge('c'), item, 'pointer');
    expect(calls.at(-1)).toBe('open c pointer');
    expect(loads).toHaveLength(1);
    expect(built()).toBe(1);
  });

  it('new flags leave a trust confirmation to the popover; a new page closes everything', async () => {
    const { module, calls } = fakeModule();
    const { load, loads } = deferredLoad();
    const popover = pagePopover(t, () => ({}) as never, new AbortController().signal, load);
    popover.open(badge('a'), item);
    loads[0]!.resolve(module);
    await settle();
    popover.flagsChanged();
    popover.close();
    expect(calls.slice(1)).toEqual(['close flags', 'close']);
  });

  it('opens nothing when closed before the module came, or when the script stopped', async () => {
    const { module, calls } = fakeModule();
    const { load, loads } = deferredLoad();
    const popover = pagePopover(t, () => ({}) as never, new AbortController().signal, load);
    popover.open(badge('a'), item, 'focus');
    popover.close();
    loads[0]!.resolve(module);
    await settle();
    expect(calls).toEqual([]);

    const stopped = new AbortController();
    const other = fakeModule();
    const late = deferredLoad();
    pagePopover(t, () => ({}) as never, stopped.signal, late.load).open(badge('a'), item);
    stopped.abort();
    late.loads[0]!.resolve(other.module);
    await settle();
    expect(other.built()).toBe(0);
  });

  it('tries the import again at the next opening after a failed one', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { module, calls } = fakeModule();
    const { load, loads } = deferredLoad();
    const popover = pagePopover(t, () => ({}) as never, new AbortController().signal, load);
    popover.open(badge('a'), item);
    loads[0]!.reject(new Error('extension reloading'));
    await settle();
    expect(calls).toEqual([]);
    expect(debug).toHaveBeenCalled();
    popover.open(badge('b'), item);
    expect(loads).toHaveLength(2);
    loads[1]!.resolve(module);
    await settle();
    expect(calls).toEqual(['open b pointer']);
    debug.mockRestore();
  });
});
