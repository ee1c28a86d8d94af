import type { Platform } from '../schemas/account';
import type { ReportStatus, StoredReport } from '../schemas/report';
import type { ReportCategory } from '../schemas/verdict';
import { isListable } from './readable';

/** One report plus what filtering and sorting read, computed once when the history loads. */
export interface HistoryEntry {
  stored: StoredReport;
  createdMs: number;
  /** Name, handle and note, folded (see foldForSearch) and joined. */
  haystack: string;
  /** Folded display name, for sorting by name. */
  nameKey: string;
}

export const SORT_KEYS = ['newest', 'oldest', 'name', 'platform', 'category', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface HistoryQuery {
  status: ReportStatus | '';
  category: ReportCategory | '';
  platform: Platform | '';
  /** Local calendar days, `YYYY-MM-DD` as `<input type="date">` gives them; '' = open end. */
  from: string;
  to: string;
  text: string;
  sort: SortKey;
}

export const EMPTY_QUERY: HistoryQuery = { status: '', category: '', platform: '', from: '', to: '', text: '', sort: 'newest' };

/**
 * Case- and width-insensitive form: NFKC turns full-width Ｌａｔｉｎ and half-width kana into
 * their usual forms, lower-casing folds case. Chinese passes through unchanged.
 */
export function foldForSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

export function toEntry(stored: StoredReport): HistoryEntry {
  const { account, note } = stored.report;
  const nameKey = foldForSearch(account.displayName);
  // \u0000 keeps a query from matching across the end of one field and the start of the next.
  const haystack = [nameKey, foldForSearch(account.handle ?? ''), foldForSearch(note ?? '')].join('\u0000');
  return { stored, createdMs: Date.parse(stored.report.createdAt), haystack, nameKey };
}

/**
 * The records the history can list; a malformed one is left out (and stays stored): the caller
 * counts them as `reports.length - entries.length`.
 */
export function toEntries(reports: readonly unknown[]): HistoryEntry[] {
  return reports.filter(isListable).map(toEntry);
}

/** Start of a local calendar day in ms, or undefined for '' or a malformed day. */
export function dayStartMs(day: string, plusDays = 0): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).getTime();
}

/**
 * Code-point order of the folded text. Intl.Collator would order Chinese by pinyin but costs
 * ~1.3 µs a comparison: 170 ms to sort 10,000 names, over the page's 100 ms budget.
 */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compare(sort: SortKey): (a: HistoryEntry, b: HistoryEntry) => number {
  const newestFirst = (a: HistoryEntry, b: HistoryEntry) => b.createdMs - a.createdMs;
  const by = (pick: (e: HistoryEntry) => string) => (a: HistoryEntry, b: HistoryEntry) =>
    byText(pick(a), pick(b)) || newestFirst(a, b);
  switch (sort) {
    case 'newest':
      return newestFirst;
    case 'oldest':
      return (a, b) => a.createdMs - b.createdMs;
    case 'name':
      return by((e) => e.nameKey);
    case 'platform':
      return by((e) => e.stored.report.platform);
    case 'category':
      return by((e) => e.stored.report.category);
    case 'status':
      return by((e) => e.stored.status);
  }
}

/**
 * Each loaded set sorted once per order, then only filtered: filtering a sorted array keeps its
 * order, so changing a filter costs one pass over the reports, not a sort.
 */
const sortedCache = new WeakMap<readonly HistoryEntry[], Partial<Record<SortKey, HistoryEntry[]>>>();

function sortedBy(entries: readonly HistoryEntry[], sort: SortKey): HistoryEntry[] {
  let orders = sortedCache.get(entries);
  if (!orders) {
    orders = {};
    sortedCache.set(entries, orders);
  }
  orders[sort] ??= [...entries].sort(compare(sort));
  return orders[sort];
}

/** The entries the query selects, in its order. Never mutates `entries`. */
export function applyQuery(entries: readonly HistoryEntry[], q: HistoryQuery): HistoryEntry[] {
  const from = dayStartMs(q.from);
  const toExclusive = dayStartMs(q.to, 1);
  const needles = foldForSearch(q.text).split(/\s+/).filter(Boolean);
  return sortedBy(entries, q.sort).filter((e) => {
    const { report, status } = e.stored;
    if (q.status && status !== q.status) return false;
    if (q.category && report.category !== q.category) return false;
    if (q.platform && report.platform !== q.platform) return false;
    if (from !== undefined && e.createdMs < from) return false;
    if (toExclusive !== undefined && e.createdMs >= toExclusive) return false;
    // Every word must occur somewhere: "火箭军 fake" finds a name with one and a note with the other.
    return needles.every((n) => e.haystack.includes(n));
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** One page (0-based), clamped into range so a shrinking result never shows an empty page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pageCount - 1);
  return { items: items.slice(p * size, (p + 1) * size), page: p, pageCount, total: items.length };
}
