import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FoundAccount, PageAccountData, SiteAdapter } from '../../utils/adapters/types';
import { applyFlags, clearFlags } from '../../utils/dom/badge';
import { FlagPopover } from '../../utils/dom/popover';
import { addedElements, ScanQueue } from '../../utils/dom/scan-queue';
import { resolveLang, translator } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import type { ScannedAccount } from '../../utils/schemas/account';
import type { ExtractionLayer, FlaggedAccount } from '../../utils/schemas/messages';
import type { Settings } from '../../utils/schemas/settings';
import type { Verdict } from '../../utils/schemas/verdict';
import { loadSettings, watchSettings } from '../../utils/store/settings';
import { reasonText } from './reason-text';
import { TabReporter } from './tab-reporter';
import { VerdictBatcher } from './verdict-batcher';

/** Everything this script starts is tied to `ctx`, so an update or reload stops it cleanly. */
export async function startScanner(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  let settings: Settings = await loadSettings();
  if (settings.disabledPlatforms.includes(adapter.platform) || ctx.isInvalid) return;
  const t = translator(resolveLang(settings.language, navigator.language));
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
      trust: (item) => void sendMessage('trustAccount', { ...pick(item.account), displayName: item.account.displayName.slice(0, 200) }),
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

  const scan = (root: ParentNode) => {
    const url = new URL(location.href);
    for (const rec of adapter.scan(root, { url, seen, pageData })) {
      seen.add(rec.element);
      layers[rec.layer] = (layers[rec.layer] ?? 0) + 1;
      const entry = found.get(rec.key);
      if (entry) entry.elements.add(rec.element);
      else found.set(rec.key, { record: rec, elements: new Set([rec.element]) });
      batcher.want(rec.key, toScanned(rec), settings.revision);
    }
  };
  const queue = new ScanQueue({ scan, idle: () => reporter.changed(), signal });
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
    flagged.clear();
    found.clear();
    seen = new WeakSet();
    for (const k of Object.keys(layers)) delete layers[k as ExtractionLayer];
    reporter.navigated();
    queue.rescanAll();
  });

  const unwatch = watchSettings((next) => {
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
  });
  signal.addEventListener('abort', unwatch);

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
