import { type ComponentChild, render } from 'preact';
import { toEntries } from '../../../utils/history/query';
import { type Lang, translator } from '../../../utils/i18n';
import type { StoredReport } from '../../../utils/schemas/report';
import { TranslateContext } from '../../i18n';
import { HistoryTable } from '../HistoryTable';
import { ReportDetail } from '../ReportDetail';

/** What the options page shows of one report's sync: the history row, the detail view, the log. */
export type ShownReasons = { row: string; detail: string; attempts: string[] };

/** Any Latin letter: in the Chinese interface none should come from our own words. */
export const LATIN = /[A-Za-z]/;

/** The text without the bracketed detail it ends with (the endpoint's or browser's own words). */
export const withoutDetail = (text: string) => text.replace(/（[^（]*）$/, '');

/**
 * Renders the history table and each report's detail view in `lang` (happy-dom), and reads
 * back the status reason and every attempt's reason (newest attempt first, as shown).
 */
export function shownReasons(records: readonly StoredReport[], lang: Lang): Map<string, ShownReasons> {
  const t = translator(lang);
  const root = document.body.appendChild(document.createElement('div'));
  const show = (node: ComponentChild) => render(<TranslateContext.Provider value={t}>{node}</TranslateContext.Provider>, root);
  const out = new Map<string, ShownReasons>();
  try {
    show(<HistoryTable rows={toEntries([...records])} selected={new Set()} onSelect={() => {}} onOpen={() => {}} />);
    for (const tr of root.querySelectorAll('[data-testid=history-row]')) {
      const row = tr.querySelector('.status-reason')?.textContent ?? '';
      out.set(tr.getAttribute('data-report-id') ?? '', { row, detail: '', attempts: [] });
    }
    for (const stored of records) {
      render(null, root);
      show(<ReportDetail stored={stored} canRetry busy={false} onRetry={() => {}} onDelete={() => {}} onClose={() => {}} />);
      const label = [...root.querySelectorAll('dt')].find((dt) => dt.textContent === t('fieldStatusReason'));
      const cells = [...root.querySelectorAll('table.attempts tbody tr')].map((tr) => {
        // The reason cell also holds the endpoint's address, on its own line: leave that out.
        const cell = tr.querySelectorAll('td')[3]!.cloneNode(true) as HTMLElement;
        cell.querySelector('.attempt-endpoint')?.remove();
        return cell.textContent ?? '';
      });
      const entry = out.get(stored.report.id)!;
      entry.detail = label?.nextElementSibling?.textContent ?? '';
      entry.attempts = cells;
    }
  } finally {
    render(null, root);
    root.remove();
  }
  return out;
}
