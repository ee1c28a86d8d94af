// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { toEntries } from '../../utils/history/query';
import { translator } from '../../utils/i18n';
import { sampleReport } from '../../utils/testing/sample-report';
import { TranslateContext } from '../i18n';
import { HistoryTable } from './HistoryTable';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CSS = ['components/ui.css', 'entrypoints/options/options.css'].map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'));
const t = translator('zh_CN');

/** The history as the options page styles it, in a window `width` CSS px wide (set first: computed styles are cached). */
function showAt(width: number) {
  (window as unknown as { happyDOM: { setInnerWidth(w: number): void } }).happyDOM.setInnerWidth(width);
  for (const css of CSS) document.head.appendChild(document.createElement('style')).textContent = css;
  const stored = { report: sampleReport(), status: 'local' as const, updatedAt: '2026-11-28T10:00:00.000Z', attempts: [] };
  render(
    <TranslateContext.Provider value={t}>
      <HistoryTable rows={toEntries([stored])} selected={new Set()} onSelect={() => {}} onOpen={() => {}} />
    </TranslateContext.Provider>,
    document.body,
  );
  return document.querySelector('[data-testid="history-row"]')!;
}

afterEach(() => {
  render(null, document.body);
  document.head.innerHTML = '';
});

describe('the history at 375 px (a phone, or 400 % zoom)', () => {
  it('shows each row as a card: cells as lines, each under its column’s name', () => {
    const row = showAt(375);
    expect(getComputedStyle(row).display).toBe('block');
    const cells = [...row.querySelectorAll('td')];
    for (const cell of cells) expect(getComputedStyle(cell).display).toBe('block');
    const labels = cells.map((c) => c.getAttribute('data-label')).filter(Boolean);
    expect(labels).toEqual([t('colDate'), t('colAccount'), t('colPlatform'), t('colCategory'), t('colStatus')]);
    // The header row's column names would repeat the labels; only "select all" stays.
    expect(getComputedStyle(document.querySelectorAll('thead th')[1]!).display).toBe('none');
  });

  it('never breaks a status pill inside a word', () => {
    const pill = showAt(375).querySelector('.status')!;
    expect(getComputedStyle(pill).overflowWrap).toBe('normal');
    expect(getComputedStyle(pill).wordBreak).toBe('keep-all');
  });
});

describe('the history in a wide window', () => {
  it('stays a table', () => {
    const row = showAt(1200);
    expect(getComputedStyle(row.querySelector('td')!).display).not.toBe('block');
  });
});
