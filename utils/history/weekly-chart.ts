import { type ReportCategory, ReportCategory as ReportCategoryEnum } from '../schemas/verdict';

export const CHART_WEEKS = 12;
export const CHART_CATEGORIES: readonly ReportCategory[] = ReportCategoryEnum.options;

export interface WeekBucket {
  /** Monday 00:00 local time that starts the week. */
  start: Date;
  counts: Record<ReportCategory, number>;
  total: number;
}

/** Monday 00:00 (local) of the week holding `d`. */
export function weekStart(d: Date): Date {
  const day = (d.getDay() + 6) % 7; // Monday = 0
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - day);
}

function emptyCounts(): Record<ReportCategory, number> {
  return Object.fromEntries(CHART_CATEGORIES.map((c) => [c, 0])) as Record<ReportCategory, number>;
}

/**
 * Reports per category for each of the last `weeks` weeks, oldest first, the current week last.
 * Reports older than the window, or dated in the future, are left out.
 */
export function weeklyCategoryCounts(
  reports: readonly { createdAt: string; category: ReportCategory }[],
  now: Date,
  weeks = CHART_WEEKS,
): WeekBucket[] {
  const current = weekStart(now);
  const buckets: WeekBucket[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    // Calendar arithmetic (not 7 × 24 h) so daylight-saving weeks still start at midnight.
    const start = new Date(current.getFullYear(), current.getMonth(), current.getDate() - 7 * i);
    buckets.push({ start, counts: emptyCounts(), total: 0 });
  }
  const firstMs = buckets[0]!.start.getTime();
  const endMs = new Date(current.getFullYear(), current.getMonth(), current.getDate() + 7).getTime();
  for (const r of reports) {
    const ms = Date.parse(r.createdAt);
    if (!(ms >= firstMs && ms < endMs)) continue;
    // Find the bucket from the back: most reports are recent.
    for (let b = buckets.length - 1; b >= 0; b--) {
      const bucket = buckets[b]!;
      if (ms >= bucket.start.getTime()) {
        bucket.counts[r.category]++;
        bucket.total++;
        break;
      }
    }
  }
  return buckets;
}
