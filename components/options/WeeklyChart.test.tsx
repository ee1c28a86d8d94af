// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { toEntries } from '../../utils/history/query';
import { CHART_CATEGORIES, CHART_WEEKS } from '../../utils/history/weekly-chart';
import { categoryKey, translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import type { ReportCategory } from '../../utils/schemas/verdict';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { WeeklyChart } from './WeeklyChart';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

/** Wednesday noon, local time: the current week started on Monday the 23rd. */
const NOW = new Date(2026, 10, 25, 12);
const rec = (category: ReportCategory, daysAgo: number): StoredReport => ({
  report: sampleReport({ category, createdAt: new Date(2026, 10, 25 - daysAgo, 9).toISOString() }),
  status: 'local',
  updatedAt: NOW.toISOString(),
  attempts: [],
});

const cells = (tr: Element) => [...tr.children].map((c) => c.textContent);

describe('WeeklyChart', () => {
  it('offers the figures per category and week as a table behind a visible toggle, not by colour alone', async () => {
    const t = translator('zh_CN');
    const reports = [rec('military', 0), rec('military', 1), rec('news-media', 2), rec('other', 14), rec('military', 15)];
    await act(() =>
      render(
        <TranslateContext.Provider value={t}>
          <WeeklyChart entries={toEntries(reports)} now={NOW} />
        </TranslateContext.Provider>,
        root,
      ),
    );
    const toggle = root.querySelector<HTMLDetailsElement>('#chart details.chart-table');
    expect(toggle?.querySelector('summary')?.textContent).toBe(t('chartShowTable'));
    // Not hidden for everyone but screen readers: no part of it is visually hidden.
    const table = toggle!.querySelector('table')!;
    expect(table.closest('.visually-hidden')).toBeNull();
    expect(toggle!.open).toBe(false);
    await act(() => toggle!.querySelector('summary')!.click());
    expect(toggle!.open).toBe(true);

    // Each category is named in a column of its own, in the page's language.
    const head = cells(table.querySelector('thead tr')!);
    expect(head).toEqual([t('chartWeekOf'), ...CHART_CATEGORIES.map((c) => t(categoryKey(c)))]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(CHART_WEEKS);
    const counts = (tr: Element) =>
      Object.fromEntries(CHART_CATEGORIES.map((c, i) => [c, Number(cells(tr)[i + 1])])) as Record<ReportCategory, number>;
    // Oldest week first; this week (Mon 23 Nov) last, and two weeks before it (Mon 9 Nov).
    expect(counts(rows.at(-1)!)).toEqual({
      military: 2,
      'public-institution': 0,
      'news-media': 1,
      'unqualified-advice': 0,
      other: 0,
    });
    expect(counts(rows.at(-3)!)).toEqual({
      military: 1,
      'public-institution': 0,
      'news-media': 0,
      'unqualified-advice': 0,
      other: 1,
    });
    expect(rows.reduce((n, tr) => n + Object.values(counts(tr)).reduce((a, b) => a + b, 0), 0)).toBe(reports.length);
  });

  it('labels the weeks the page language’s way, not with a fixed month/day', async () => {
    for (const [lang, first] of [
      ['zh_CN', '9月7日'],
      ['en', 'Sep 7'],
    ] as const) {
      await act(() =>
        render(
          <TranslateContext.Provider value={translator(lang)}>
            <WeeklyChart entries={[]} now={NOW} />
          </TranslateContext.Provider>,
          root,
        ),
      );
      const ticks = [...root.querySelectorAll('svg text.tick')].map((x) => x.textContent);
      // The first is the scale's maximum; then every other week, from 12 weeks back (Mon 7 Sep).
      expect(ticks[1]).toBe(first);
      expect(ticks.join(' ')).not.toMatch(/\d\/\d/);
    }
  });
});
