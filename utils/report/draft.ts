import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Screenshot } from '../schemas/report';
import { ReportCategory } from '../schemas/verdict';

/** What the user typed into a report form, kept so that closing the popup loses nothing. */
export const ReportDraft = z.object({
  /** The flagged account's key, or "other" for "Report another account…". */
  target: z.string().min(1).max(512),
  /**
   * The id the report will be filed under, made when the form opened: filing the same draft
   * again (the popup closed before the reply) then hits addReport's existing id instead of making
   * a second report. Drafts kept before it existed, or with an id spoilt, still load: the
   * popup gives them a new one rather than losing what the user typed.
   */
  reportId: z.uuid({ version: 'v4' }).optional().catch(undefined),
  category: ReportCategory,
  note: z.string().max(5000),
  snippet: z.string().max(5000),
  screenshot: Screenshot.optional(),
  profileUrl: z.string().max(4096).optional(),
  name: z.string().max(5000).optional(),
});
export type ReportDraft = z.infer<typeof ReportDraft>;

const keyFor = (tabId: number) => `draft:${tabId}`;

/** Session storage: it outlives the popup but not the browser session (a draft is not a report). */
export async function loadDraft(tabId: number): Promise<ReportDraft | null> {
  const got = (await browser.storage.session.get(keyFor(tabId))) as Record<string, unknown>;
  const parsed = ReportDraft.safeParse(got[keyFor(tabId)]);
  return parsed.success ? parsed.data : null;
}

export async function saveDraft(tabId: number, draft: ReportDraft): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: draft });
}

export async function clearDraft(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}

/** Session-storage key of the account the page's "Report…" asked the popup to open. */
export const REPORT_TARGET = 'reportTarget';
/** Older than this, the request is not the one that opened this popup. */
const REPORT_TARGET_MS = 60_000;
const ReportTarget = z.object({ tabId: z.number().int(), key: z.string().min(1).max(512), at: z.number() });

/**
 * The account key the page's "Report…" asked for on this tab, taken once: the popup the browser
 * opens for it (action.openPopup) has no query string to carry the key.
 */
export async function takeReportTarget(tabId: number, now = Date.now()): Promise<string | null> {
  const got = (await browser.storage.session.get(REPORT_TARGET)) as Record<string, unknown>;
  const parsed = ReportTarget.safeParse(got[REPORT_TARGET]);
  if (!parsed.success || parsed.data.tabId !== tabId) return null;
  await browser.storage.session.remove(REPORT_TARGET);
  return now - parsed.data.at <= REPORT_TARGET_MS ? parsed.data.key : null;
}
