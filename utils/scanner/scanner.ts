import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAccountData, SiteAdapter } from '../adapters/types';
import { clearFlags, FLAG_ATTR } from '../dom/badge';
import { ScanQueue } from '../dom/scan-queue';
import { watchDom } from '../dom/watch-dom';
import { stringsTranslator } from '../i18n/core';
import type { PageSettings } from '../schemas/messages';
import { clearMarksOnStop } from './clear-marks-on-stop';
import { flagDrawer } from './flag-drawer';
import { LocalVerdicts } from './local-verdicts';
import { NavigationRecheck, RECHECK_AT_MS } from './navigation-recheck';
import { PageAccounts } from './page-accounts';
import { startPageDataRequests } from './page-data-requests';
import { watchPageSettings } from './page-settings';
import type { LocationChange } from './scanner-context';
import { TabReporter } from './tab-reporter';
import { listenToTabRequests } from './tab-requests';
import { VerdictBatcher } from './verdict-batcher';
import { verdictDisplay } from './verdict-display';
import type { VerdictSource } from './verdict-source';

/**
 * Scans the page for the rest of the script's life, from the settings the background gave at
 * the start (and any it sends later). Everything it starts is tied to `ctx`, so an update or
 * reload stops it cleanly.
 */
export function scanPage(ctx: ContentScriptContext, adapter: SiteAdapter, initial: PageSettings): void {
  let settings = initial;
  // Rebuilt when the language changes: badges drawn after that, and the popover, use the new words.
  let t = stringsTranslator(settings.lang, settings.strings);
  const signal = ctx.signal;
  let seen = new WeakSet<Element>();
  let url = new URL(location.href);
  const pageData = new Map<string, PageAccountData>();
  const accounts = new PageAccounts();
  const reporter = new TabReporter(adapter, signal, () => ({
    flagged: accounts.flagged,
    scanned: accounts.size,
    layers: accounts.layers,
  }));
  const drawer = flagDrawer(
    () => t,
    () => settings,
    signal,
  );
  const { popover } = drawer;
  // Badge types from the page's own data arrive after a first DOM-only scan: forget the
  // accounts they concern and rescan (handled elements are skipped, so only those are read again).
  const forgetAndRescan = (keys: Iterable<string>) => {
    let forgot = false;
    for (const key of keys) {
      verdicts.forget(key);
      for (const el of accounts.remove(key)) {
        clearFlags(el);
        seen.delete(el);
        forgot = true;
      }
    }
    if (forgot) queue.rescanAll();
  };
  const dataRequests = startPageDataRequests(ctx, adapter.pageData, pageData, forgetAndRescan);
  // Names read under a new address before the site drew the new page are read again once it has.
  const recheck = new NavigationRecheck();
  const recheckNames = () => forgetAndRescan(recheck.changed());
  const showVerdict = verdictDisplay(accounts, drawer, () => reporter.changed(), dataRequests);
  const verdictSource = (page: PageSettings): VerdictSource =>
    page.judgeHere ? new LocalVerdicts(page, showVerdict) : new VerdictBatcher(signal, showVerdict);
  let verdicts = verdictSource(settings);

  let foundNew = false;
  // A known account's new element gets the account's verdict as it stands; one still awaited
  // reaches it with the rest of the account's elements (showVerdict). Marked already when a
  // navigation started the page over around a post that stayed.
  const drawAs = (key: string, element: Element) => {
    const item = accounts.verdictOf(key) && accounts.flagged.get(key);
    if (item && !element.hasAttribute(FLAG_ATTR)) drawer.draw(element, item);
  };
  // It may be the element the page-data reader can still reach (X recycles the cells that scroll away).
  const seenAs = (key: string, displayName: string, element: Element): boolean => {
    const known = accounts.addSighting(key, displayName, element);
    if (!known) return false;
    recheck.read(key, element);
    seen.add(element);
    foundNew = true;
    dataRequests.found({ verification: known.record.verification, element });
    drawAs(key, element);
    return true;
  };
  const scan = (root: ParentNode) => {
    for (const rec of adapter.scan(root, { url, seen, pageData, seenAs })) {
      seen.add(rec.element);
      recheck.read(rec.key, rec.element);
      foundNew = true;
      dataRequests.found(rec);
      if (!accounts.add(rec)) drawAs(rec.key, rec.element);
      else {
        // A known account judged again: the background's cache holds its earlier record's verdict.
        verdicts.forget(rec.key);
        verdicts.want(rec.key, rec, settings.revision);
      }
    }
  };

  let reportedOnce = false;

  const queue = new ScanQueue({
    scan,
    rescanParts: adapter.rescanParts && (() => adapter.rescanParts!(document)),
    idle: () => {
      recheckNames();
      if (accounts.prune(performance.now())) reporter.changed();
      if (!foundNew && reportedOnce) return;
      reportedOnce = true;
      reporter.changed();
      dataRequests.schedule();
      foundNew = false;
    },
    signal,
  });
  watchDom(document, {
    queue,
    signal,
    shadowRoots: adapter.shadowRoots && (() => adapter.shadowRoots!(document)),
    setInterval: ctx.setInterval.bind(ctx),
    onRemoved: () => accounts.noteRemoval(),
  });
  queue.rescanAll();

  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    // In-page navigation: the old page's accounts are gone; start the page over. The event
    // comes from the Navigation API's "navigate", before location.href has changed.
    const change = event as LocationChange;
    url = change.newUrl ?? new URL(location.href);
    if (change.samePage) return;
    dataRequests.navigated();
    popover.close();
    accounts.startOver(seen, performance.now());
    seen = new WeakSet();
    reporter.reset();
    recheck.navigated();
    for (const ms of RECHECK_AT_MS) ctx.setTimeout(recheckNames, ms);
    queue.rescanAll();
  });

  watchPageSettings(adapter.platform, signal, (next) => {
    // Two quick changes: an answer to the first may arrive after the second's.
    if (next.revision < settings.revision) return;
    // Switched off here (the popup's switch, a site removed): stop as after an update, marks
    // and all; the background has cleared the tab's state, and nothing may put it back.
    if (!next.enabled) return ctx.notifyInvalidated();
    const revisionChanged = next.revision !== settings.revision;
    settings = next;
    if (!revisionChanged) return;
    t = stringsTranslator(settings.lang, settings.strings);
    verdicts = verdictSource(settings);
    // Trust or sensitivity changed: every verdict is asked again; flags come off where they no longer hold.
    accounts.flagged.clear();
    for (const [key, account, elements] of accounts.all()) {
      for (const el of elements) clearFlags(el);
      verdicts.want(key, account, settings.revision);
    }
    popover.flagsChanged();
    reporter.reset();
  });
  listenToTabRequests(signal, accounts);
  clearMarksOnStop(ctx, accounts, popover);
}
