import { z } from 'zod';
import { Platform } from './account';
import { Report, StoredReport } from './report';
import { Settings } from './settings';
import { LastRun } from './sync-run';
import { TabState, TabStateUpdate } from './tab-state';
import { Verdict } from './verdict';

// The popup, the scanners and the adapters import a tab's state from here, with its messages.
export { AdapterHealth, ExtractionLayer, FlaggedAccount, TabState, TabStateUpdate } from './tab-state';

/**
 * Messages the popup sends a tab's content script (browser.tabs.sendMessage). The post text
 * near a flagged account is asked for only when the user opens a report on it: it stays in the
 * page until then (and reading it for every flag cost the page time: bench:page).
 */
export type TabRequest = { type: 'showAccount'; key: string } | { type: 'postContext'; key: string };
/** The content script's answer to `postContext`: the post's visible text, offered as the snippet. */
export const PostContext = z.object({ context: z.string().max(500).optional() });
export type PostContext = z.infer<typeof PostContext>;
/** The content script's answer to `showAccount`: false when the account's post has left the page. */
export const ShownAccount = z.object({ shown: z.boolean() });
export type ShownAccount = z.infer<typeof ShownAccount>;

export const SyncStatus = z.object({
  counts: z.object({ local: z.number(), pending: z.number(), synced: z.number(), rejected: z.number() }),
  lastRun: LastRun.optional(),
  /** Why sync is not sending right now, in words shown to the user (a message key). */
  blockedReason: z.string().max(100).optional(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** What a content script needs of the settings and the user's language, read and validated by the background. */
export const PageSettings = z.object({
  revision: z.number(),
  /** ClaimCheck is switched on for the asking tab's site. */
  enabled: z.boolean(),
  highlightStyle: z.enum(['badge', 'badge-and-outline', 'outline']),
  lang: z.enum(['en', 'zh_CN']),
  /** The few UI strings the page shows (badge, popover), in that language. */
  strings: z.record(z.string(), z.string()),
  /**
   * What the engine reads of the settings, so the content script can judge accounts itself
   * within the page's task; trusted accounts only of the asking tab's platform.
   */
  detection: Settings.pick({ sensitivity: true, categories: true, customKeywords: true, trusted: true }),
  /**
   * The tab's engine, with its reduced tables, judges exactly as the background's would under
   * these settings; false when a custom keyword has characters outside those tables, and then
   * the tab sends its accounts to the background (slimEngineCovers).
   */
  judgeHere: z.boolean(),
  /** The engine's reason templates in that language (utils/engine/reason-format.ts). */
  reasons: z.object({
    messages: z.record(z.string(), z.string()),
    fields: z.record(z.string(), z.string()),
    kinds: z.record(z.string(), z.string()),
    // Absent from a background older than the tab's script: codes stay codes then.
    platforms: z.record(z.string(), z.string()).catch({}),
  }),
});
export type PageSettings = z.infer<typeof PageSettings>;

/**
 * Every runtime message, by type: its payload and its reply. `from` says who may send it:
 * "tab" = a content script in a tab, "page" = one of the extension's own pages.
 */
export const MESSAGES = {
  getPageSettings: { from: 'tab', payload: z.object({ platform: Platform }), reply: PageSettings },
  /** The content script's accounts, evaluated in the background where the engine's data lives. */
  evaluate: {
    from: 'tab',
    // Each account is validated on its own by the handler: one hostile record must not cost
    // the others in its batch their verdicts.
    payload: z.object({ accounts: z.array(z.unknown()).min(1).max(200) }),
    reply: z.object({ verdicts: z.array(Verdict) }),
  },
  tabState: { from: 'tab', payload: TabStateUpdate, reply: z.object({ count: z.number() }) },
  /** "Trust this account" in the page's popover: never flag it again, anywhere. */
  trustAccount: {
    from: 'tab',
    payload: z.object({
      platform: Platform,
      key: z.string().min(1).max(512),
      alias: z.string().min(1).max(512).optional(),
      displayName: z.string().max(200),
    }),
    reply: z.object({ trusted: z.number() }),
  },
  /** The Undo of the popover's trust confirmation: flag it again. */
  untrustAccount: {
    from: 'tab',
    payload: z.object({ platform: Platform, key: z.string().min(1).max(512) }),
    reply: z.object({ trusted: z.number() }),
  },
  /** "Report…" in the page's popover: open the report form for this account. */
  openReportForm: {
    from: 'tab',
    payload: z.object({ key: z.string().min(1).max(512) }),
    reply: z.object({ opened: z.boolean() }),
  },
  /** "Why am I seeing this?": the options page's explanation. */
  openExplanation: { from: 'tab', payload: z.object({}), reply: z.object({ opened: z.boolean() }) },
  /** The popup's "Enable on this site", after the user granted the host permission. */
  enableSite: {
    from: 'page',
    payload: z.object({ tabId: z.number().int(), url: z.url({ protocol: /^https?$/ }).max(4096) }),
    reply: z.object({ host: z.string() }),
  },
  disableSite: { from: 'page', payload: z.object({ host: z.string().min(1).max(253) }), reply: z.object({ host: z.string() }) },
  /** The popup's switch of a supported site, saved by the background: the popup may close at once. */
  switchPlatform: {
    from: 'page',
    payload: z.object({ platform: Platform, enabled: z.boolean() }),
    reply: z.object({ disabledPlatforms: z.array(Platform) }),
  },
  getTabState: {
    from: 'page',
    payload: z.object({ tabId: z.number().int() }),
    reply: TabState.nullable(),
  },
  fileReport: { from: 'page', payload: Report, reply: StoredReport },
  syncNow: { from: 'page', payload: z.object({}), reply: SyncStatus },
  /**
   * An ordinary sync pass, for reports an import queued: it waits out the endpoint's Retry-After
   * and the backoff, as only the user's "Sync now" may not.
   */
  syncSoon: { from: 'page', payload: z.object({}), reply: z.object({}) },
  getSyncStatus: { from: 'page', payload: z.object({}), reply: SyncStatus },
} as const;

export type MessageType = keyof typeof MESSAGES;
export type MessagePayload<K extends MessageType> = z.infer<(typeof MESSAGES)[K]['payload']>;
export type MessageReply<K extends MessageType> = z.infer<(typeof MESSAGES)[K]['reply']>;

export const Envelope = z.object({
  type: z.string().max(50),
  payload: z.unknown(),
});

export type ReplyEnvelope<T> = { ok: true; data: T } | { ok: false; error: string };
