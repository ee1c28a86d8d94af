import { describe, expect, it } from 'vitest';
import { weeklyCategoryCounts, weekStart } from './weekly-chart';

const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();

describe('weekly chart data', () => {
  it('starts weeks on Monday at local midnight', () => {
    expect(weekStart(new Date(2026, 10, 29, 23))).toEqual(new Date(2026, 10, 23)); // Sunday → Monday before
    expect(weekStart(new Date(2026, 10, 23, 0))).toEqual(new Date(2026, 10, 23));
    expect(weekStart(new Date(2026, 10, 24, 9))).toEqual(new Date(2026, 10, 23));
  });

  it('buckets 12 weeks by category, oldest first, leaving out older and future reports', () => {
    const now = new Date(2026, 10, 28, 10); // Saturday
    const buckets = weeklyCategoryCounts(
      [
        { createdAt: local(2026, 11, 23, 0), category: 'military' },
        { createdAt: local(2026, 11, 28), category: 'military' },
        { createdAt: local(2026, 11, 22, 23), category: 'news-media' },
        { createdAt: local(2026, 9, 7), category: 'other' }, // Monday of the first week
        { createdAt: local(2026, 9, 6), category: 'other' }, // a day too old
        { createdAt: local(2026, 12, 5), category: 'other' }, // next week
      ],
      now,
    );
    expect(buckets).toHaveLength(12);
    expect(buckets[0]!.start).toEqual(new Date(2026, 8, 7));
    expect(buckets[11]!.start).toEqual(new Date(2026, 10, 23));
    expect(buckets[11]!.counts.military).toBe(2);
    expect(buckets[10]!.counts['news-media']).toBe(1);
    expect(buckets[0]!.counts.other).toBe(1);
    expect(buckets.reduce((n, b) => n + b.total, 0)).toBe(4);
  });
});
