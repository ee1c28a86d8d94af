import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPageDataReceiver } from '../../utils/adapters/page-data';
import type { FoundAccount, PageAccountData, SiteAdapter } from '../../utils/adapters/types';
import { applyFlags, clearFlags } from '../../utils/dom/badge';
import { FlagPopover } from '../../utils/dom/popover';
import { addedElements, ScanQueue } from '../../utils/dom/scan-queue';
import { stringsTranslator } from '../../utils/i18n/core';
import { sendMessage } from '../../utils/messaging/send';
import type { ScannedAccount } from '../../utils/schemas/account';
import type { ExtractionLayer, FlaggedAccount, PageSettings } from '../../utils/schemas/messages';
import type { Verdict } from '../../utils/schemas/verdict';
import { reasonText } from './reason-text';
import { TabReporter } from './tab-reporter';
import { VerdictBatcher } from './verdict-batcher';

/** The MAIN-world reader walks the page's own objects: ask it at most this often. */
const PAGE_DATA_INTERVAL_MS = 1000;

/** Everything this script starts is tied to `ctx`, so an update or reload stops it cleanly. */
export async function startScanner(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  let settings: PageSettings = await sendMessage('getPageSettings', { platform: adapter.platform });
  if (!settings.enabled || ctx.isInvalid) return;
  const t = stringsTranslator(settings.lang, settings.strings);
  const signal = ctx.signal;
  let seen = new WeakSet<Element>();
  const pageData = new Map<string, PageAccountData>();
  /** Every account found, by key, with its name elements (an account may appear many times). */
  const found = new Map<string, { record: FoundAccount; elements: Set<Element> }>();
  const flagged = new Map<string, FlaggedAccount>();
  const layers: Partial<Record<ExtractionLayer, number>> = {};
  const reporter = new TabReporter(adapter, signal, () => ({ flagged: [...flagged.values()], scanned: found.size, layers }));

  const popover = new FlagPopover(
    t,
    {
      report: (item) => void sendMessage('openReportForm', { key: item.account.key }).catch(() => {}),
      trust: (item) =>
        void sendMessage('trustAccount', { ...pick(item.account), displayName: item.account.displayName.slice(0, 200) }),
      why: () => void sendMessage('openExplanation', {}).catch(() => {}),
      reasonText: (item, fi, ri) => reasonText(item.flags[fi]!.reasons[ri]!, t),
    },
    signal,
  );

  const apply = (key: string, verdict: Verdict) => {
    const entry = found.get(key);
    if (!entry) return;
    if (!verdict.flags.length) return;
    const { element: _el, layer: _layer, context, ...account } = entry.record;
    const item: FlaggedAccount = { account, flags: verdict.flags, rulesetVersion: verdict.rulesetVersion, context };
    flagged.set(key, item);
    for (const el of entry.elements) {
      if (!el.hasAttribute('data-claimcheck-flag')) applyFlags(el, verdict.flags, t, (b) => popover.open(b, item));
    }
    reporter.changed();
  };
  const batcher = new VerdictBatcher(signal, apply);

  // Badge types from the page's own data arrive after a first DOM-only scan: rescan the
  // accounts they concern, with their cached verdicts forgotten.
  const pageDataReceiver = startPageDataReceiver(document, pageData, (keys) => {
    for (const key of keys) {
      const entry = found.get(key);
      if (!entry) continue;
      found.delete(key);
      flagged.delete(key);
      batcher.forget(key);
      for (const el of entry.elements) {
        clearFlags(el);
        seen.delete(el);
        queue.add(el);
      }
    }
  });
  signal.addEventListener('abort', () => pageDataReceiver.stop());
  let lastDataRequest = 0;
  const requestPageData = () => {
    const now = performance.now();
    if (now - lastDataRequest < PAGE_DATA_INTERVAL_MS) return;
    lastDataRequest = now;
    pageDataReceiver.request();
  };

  let url = new URL(location.href);
  const scan = (root: ParentNode) => {
    for (const rec of adapter.scan(root, { url, seen, pageData })) {
      foundNew = true;
      seen.add(rec.element);
      layers[rec.layer] = (layers[rec.layer] ?? 0) + 1;
      const entry = found.get(rec.key);
      if (entry) entry.elements.add(rec.element);
      else found.set(rec.key, { record: rec, elements: new Set([rec.element]) });
      batcher.want(rec.key, toScanned(rec), settings.revision);
    }
  };
  let foundNew = false;
  const queue = new ScanQueue({
    scan,
    idle: () => {
      reporter.changed();
      if (foundNew) requestPageData();
      foundNew = false;
    },
    signal,
  });
  const observe = (root: Document | ShadowRoot) => {
    const observer = new MutationObserver((records) => {
      for (const el of addedElements(records)) queue.add(el);
    });
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());
  };
  observe(document);
  queue.rescanAll();

  // Sites that render inside open shadow roots (Bilibili comments) get one observer per root.
  const observedRoots = new WeakSet<ShadowRoot>();
  const watchShadowRoots = () => {
    for (const sr of adapter.shadowRoots?.(document) ?? []) {
      if (observedRoots.has(sr)) continue;
      observedRoots.add(sr);
      observe(sr);
      queue.add(sr);
    }
  };
  if (adapter.shadowRoots) ctx.setInterval(watchShadowRoots, 1000);

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // In-page navigation: the old page's accounts are gone; start the page over.
    url = new URL(location.href);
    lastDataRequest = 0;
    flagged.clear();
    found.clear();
    seen = new WeakSet();
    for (const k of Object.keys(layers)) delete layers[k as ExtractionLayer];
    reporter.navigated();
    queue.rescanAll();
  });

  const onSettingsChanged = async (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('settings' in changes) || signal.aborted) return;
    const next = await sendMessage('getPageSettings', { platform: adapter.platform }).catch(() => settings);
    const revisionChanged = next.revision !== settings.revision;
    settings = next;
    if (!revisionChanged) return;
    // Trust or sensitivity changed: every verdict is re-asked, flags come off where they no longer hold.
    flagged.clear();
    for (const [key, entry] of found) {
      for (const el of entry.elements) clearFlags(el);
      batcher.want(key, toScanned(entry.record), settings.revision);
    }
    popover.close();
    reporter.changed();
  };
  browser.storage.onChanged.addListener(onSettingsChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onSettingsChanged));

  browser.runtime.onMessage.addListener(function onShow(message: unknown) {
    if (signal.aborted) return browser.runtime.onMessage.removeListener(onShow);
    const m = message as { type?: string; key?: string };
    if (m?.type !== 'showAccount' || typeof m.key !== 'string') return;
    const el = [...(found.get(m.key)?.elements ?? [])].find((e) => e.isConnected);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.animate?.([{ outline: '3px solid #b3261e' }, { outline: '3px solid transparent' }], { duration: 700, iterations: 3 });
  });
}

function toScanned(rec: FoundAccount): ScannedAccount {
  const { element: _e, layer: _l, context: _c, ...account } = rec;
  return account;
}

function pick(a: ScannedAccount) {
  return { platform: a.platform, key: a.key };
}
