import { browser } from 'wxt/browser';
import { z } from 'zod';
import { Screenshot } from '../schemas/report';
import { ReportCategory } from '../schemas/verdict';
import { oneAtATime } from '../store/one-at-a-time';

/** Text over `max` is cut rather than failing the draft: a draft is what the user typed, kept. */
const text = (max: number) => z.preprocess((v) => (typeof v === 'string' ? v.slice(0, max) : v), z.string());

/**
 * What the user typed into a report form, kept so that closing the popup loses nothing. One
 * spoilt or over-long field is cut or dropped: the rest of the draft still loads.
 */
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
  category: ReportCategory.catch('other'),
  note: text(5000),
  snippet: text(5000),
  screenshot: Screenshot.optional().catch(undefined),
  // Dropped, not cut, when too long: a cut address would name another page.
  profileUrl: z.string().max(4096).optional().catch(undefined),
  name: text(5000).optional(),
  /**
   * The post text the page offered as the snippet (see hasInput); absent when none was, and in
   * drafts kept before it existed.
   */
  pageSnippet: text(5000).optional().catch(undefined),
  /**
   * The flagged account's name as its list showed it when the draft was kept: a draft let go
   * is named by it once the account has left the page's list (never by its key).
   */
  accountName: text(200).optional().catch(undefined),
});
export type ReportDraft = z.infer<typeof ReportDraft>;

/**
 * Drafts kept per tab, one per target: opening another account's form (or the page's "Report…"
 * for it) does not wipe a half-written one. A few only: session storage is shared by every tab.
 */
export const DRAFTS_PER_TAB = 3;

const keyFor = (tabId: number) => `draft:${tabId}`;
/**
 * Whether the draft holds something its form would not get back by itself. Not the profile
 * address alone: "Report another account…" fills it in from the tab, so counting it would let
 * merely opening that form push out a draft the user wrote in. Nor the snippet while it is still
 * the post text the page offered: the popup puts that in by itself, so merely opening a fourth
 * account's form would let a written draft go, unseen and untyped for. Edited, it is the user's.
 */
const hasInput = (d: ReportDraft) =>
  !!(d.note.trim() || (d.snippet.trim() && d.snippet !== d.pageSnippet) || d.name?.trim() || d.screenshot);

/** The tab's drafts, last kept first; one stored before there were several is a list of one. */
async function loadAll(tabId: number): Promise<ReportDraft[]> {
  const raw = ((await browser.storage.session.get(keyFor(tabId))) as Record<string, unknown>)[keyFor(tabId)];
  return (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((d) => {
    const parsed = ReportDraft.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}

// Each change reads the list and writes it back: run one at a time, or a clear and a keystroke
// racing could bring back a draft just cleared (and a read could find the draft just cancelled).
const serially = oneAtATime();

/** Session storage: it outlives the popup but not the browser session (a draft is not a report). */
export function loadDraft(tabId: number, target?: string): Promise<ReportDraft | null> {
  return serially(async () => (await loadAll(tabId)).find((d) => target === undefined || d.target === target) ?? null);
}

/**
 * Keeps `draft` as its target's only draft, newest first. Over the limit, blank drafts go before
 * older ones; and `draft` itself still blank (a form just opened) is kept one over the limit
 * rather than push out a written one: opening a form, and cancelling it, then loses nothing. Only
 * once it holds input too does the oldest written draft go, and it is returned: the popup says
 * whose it was, since the user typed it and would otherwise find it gone later, unseen.
 */
export function saveDraft(tabId: number, draft: ReportDraft): Promise<ReportDraft[]> {
  return serially(async () => {
    const all = [draft, ...(await loadAll(tabId)).filter((d) => d.target !== draft.target)];
    const dropped: ReportDraft[] = [];
    while (all.length > DRAFTS_PER_TAB) {
      const blank = all.findLastIndex((d, i) => i > 0 && !hasInput(d));
      if (blank > 0) all.splice(blank, 1);
      else if (!hasInput(draft)) break;
      else dropped.push(...all.splice(-1, 1));
    }
    await browser.storage.session.set({ [keyFor(tabId)]: all });
    return dropped;
  });
}

/** Without a target, every draft of the tab (it closed); with one, that target's only. */
export function clearDraft(tabId: number, target?: string): Promise<void> {
  return serially(async () => {
    const rest = target === undefined ? [] : (await loadAll(tabId)).filter((d) => d.target !== target);
    if (rest.length) await browser.storage.session.set({ [keyFor(tabId)]: rest });
    else await browser.storage.session.remove(keyFor(tabId));
  });
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
