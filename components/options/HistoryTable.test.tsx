// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { toEntries } from '../../utils/history/query';
import { translator } from '../../utils/i18n';
import type { StoredReport } from '../../utils/schemas/report';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { HistoryTable } from './HistoryTable';
import { ReportDetail } from './ReportDetail';

const HOSTILE = [
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=2</script>',
  '"><svg onload=alert(1)>',
  '\u202Egnp.exe',
  `${'长'.repeat(150)}`,
];

function stored(name: string, over: Partial<StoredReport> = {}): StoredReport {
  return {
    report: sampleReport({ account: { displayName: name, handle: '<b>h</b>', verification: { kind: 'none' } }, note: name }),
    status: 'rejected',
    statusReason: '<i>reason</i>',
    updatedAt: '2026-11-28T10:00:00.000Z',
    attempts: [
      {
        at: '2026-11-28T10:00:00.000Z',
        endpoint: 'https://e.example/v1/reports',
        status: 400,
        error: '<u>bad</u>',
        outcome: 'rejected',
      },
    ],
    ...over,
  };
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('history rendering of hostile text', () => {
  it('shows names, handles and reasons as text nodes only', () => {
    const records = HOSTILE.map((n) => stored(n));
    render(
      <TranslateContext.Provider value={translator('zh_CN')}>
        <HistoryTable rows={toEntries(records)} selected={new Set()} onSelect={() => {}} onOpen={() => {}} />
      </TranslateContext.Provider>,
      document.body,
    );
    const rows = document.querySelectorAll('[data-testid=history-row]');
    expect(rows).toHaveLength(HOSTILE.length);
    expect(document.querySelectorAll('img, script, svg, b, i, u')).toHaveLength(0);
    const names = [...document.querySelectorAll('.account-name')].map((e) => e.textContent);
    expect(names).toEqual(HOSTILE);
    expect(rows[0]!.querySelector('[data-testid=report-status]')?.getAttribute('data-status')).toBe('rejected');
    expect(rows[0]!.textContent).toContain('<i>reason</i>');
    expect(document.querySelector('.account-handle')?.getAttribute('dir')).toBe('auto');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows only an inline JPEG or PNG screenshot in the detail view, and the attempt log as text', () => {
    const evil = stored(HOSTILE[0]!);
    (evil.report.evidence as { screenshot?: string }).screenshot = 'javascript:alert(1)';
    const png = stored('ok');
    png.report.evidence.screenshot = 'data:image/png;base64,iVBORw0KGgo=';
    const show = (s: StoredReport) =>
      render(
        <TranslateContext.Provider value={translator('en')}>
          <ReportDetail stored={s} canRetry busy={false} onRetry={() => {}} onDelete={() => {}} onClose={() => {}} />
        </TranslateContext.Provider>,
        document.body,
      );
    show(evil);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('u, b, i, script')).toHaveLength(0);
    expect(document.body.textContent).toContain('<u>bad</u>');
    expect(document.body.textContent).toContain('400');
    expect(document.querySelector('#detail-title')?.textContent).toBe(HOSTILE[0]);
    render(null, document.body);
    show(png);
    expect(document.querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });
});
