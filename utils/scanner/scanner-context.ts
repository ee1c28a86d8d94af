import { browser } from 'wxt/browser';

/** `samePage`: the address changed, the page did not (a replace that kept the path). */
export type LocationChange = Event & { newUrl: URL; samePage?: boolean };
type NavigateLike = Event & { destination?: { url?: string }; navigationType?: string };

// A fragment is no new page, unless it is a route (`#/user/1`, `#!/…`: hash-routed apps).
const withoutHash = (href: string) => (/#!?\//.test(href) ? href : href.split('#')[0]!);

/**
 * The scanners' content-script context, which their builds get instead of WXT's
 * (`scannerContextInScanners`, utils/build/scanner-builds.ts): the members the scanner uses,
 * without two doors WXT's leaves open to the page. WXT's stops itself on a "script started"
 * CustomEvent on the document and announces in-page navigation with an event on window, both
 * named from the extension's public id and the script's name: page script can dispatch either,
 * taking every flag off the page or starting the page over whenever it likes. Here a copy of
 * the script stops when its extension is gone (runtime.id, read in its timers: an update or
 * reload) or a newer copy starts in the same page, and navigation comes from the browser's own
 * `navigate` events (isTrusted).
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  // WXT's wrapper passes the definition's options too; nothing here reads them.
  constructor(contentScriptName: string) {
    // A second copy in this page (the install-time start of open tabs meeting the page's own
    // load) stops the first, as WXT's event did, through a global of this isolated world. Keyed
    // by a symbol: a string-named global of window is also what an element id names
    // (<div id="claimcheck:x">), which the page controls.
    const running = globalThis as unknown as Record<symbol, ContentScriptContext | undefined>;
    const slot = Symbol.for(`claimcheck:${contentScriptName}`);
    running[slot]?.notifyInvalidated();
    running[slot] = this;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): void {
    this.signal.addEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.controller.abort();
  }

  setTimeout(handler: () => void, ms?: number): number {
    return this.timer(setTimeout, clearTimeout, handler, ms);
  }

  setInterval(handler: () => void, ms?: number): number {
    return this.timer(setInterval, clearInterval, handler, ms);
  }

  /** A timer that runs only while the context is valid, and is cleared when it ends. */
  private timer(
    set: (cb: () => void, ms?: number) => unknown,
    clear: (id: number) => void,
    handler: () => void,
    ms?: number,
  ): number {
    const id = set(() => this.isValid && handler(), ms) as number;
    this.onInvalidated(() => clear(id));
    return id;
  }

  /** As WXT's, 'wxt:locationchange' included (its event carries `newUrl`). */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') this.watchLocation(handler);
    else target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /**
   * In-page navigation: the Navigation API's `navigate` (before location.href changes), else a
   * poll. A change of the fragment alone (an in-page `#comments` link) is no new page, nor is a
   * replace that keeps the path (a parameter a site adds after load, Bilibili's `spm_id_from`):
   * starting over there closed an open popover and read the whole page again.
   */
  private watchLocation(handler: (event: LocationChange) => void): void {
    let last = withoutHash(location.href);
    const changed = (href: string, replaced?: boolean) => {
      if (withoutHash(href) === last) return;
      last = withoutHash(href);
      const newUrl = new URL(href);
      const samePage = replaced && newUrl.pathname === location.pathname;
      handler(Object.assign(new Event('locationchange'), { newUrl, samePage }));
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener !== 'function') {
      this.setInterval(() => changed(location.href), 1000);
      return;
    }
    const onNavigate = (event: NavigateLike) => {
      const url = event.destination?.url;
      if (event.isTrusted && url) changed(url, event.navigationType === 'replace');
    };
    navigation.addEventListener('navigate', onNavigate as EventListener, { signal: this.signal });
  }
}
