// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Lang, translator } from '../../utils/i18n';
import { TranslateContext } from '../i18n';
import { ReportForm, type ReportFormProps } from './ReportForm';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

const base: ReportFormProps = {
  title: 'report',
  values: { category: 'military', note: '', snippet: '', profileUrl: '', name: '' },
  evidence: { signals: [] },
  errors: {},
  busy: false,
  onChange: () => {},
  onCapture: async () => '',
  onSubmit: () => {},
  onCancel: () => {},
};

async function show(lang: Lang, props: Partial<ReportFormProps> = {}) {
  await act(() => {
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <ReportForm {...base} {...props} />
      </TranslateContext.Provider>,
      root,
    );
  });
}

const field = (id: string) => root.querySelector<HTMLElement>(`#${id}`)!;
/** What a screen reader names the field by: its aria-label if any, else its <label for>, less the field itself. */
function nameOf(el: HTMLElement): string | null | undefined {
  const label = root.querySelector(`label[for="${el.id}"]`)?.cloneNode(true) as HTMLElement | undefined;
  label?.querySelector(`#${el.id}`)?.remove();
  return el.getAttribute('aria-label') ?? label?.textContent?.trim();
}
/** The text aria-describedby points at. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? root.querySelector(`[id="${id}"]`)?.textContent : ''))
    .join(' ');

describe('ReportForm', () => {
  it('names each evidence signal’s field in the reader’s words, not the field’s code', async () => {
    const evidence = { signals: [{ code: 'military.command', field: 'displayName' as const, match: '司令部' }] };
    await show('zh_CN', { evidence });
    const signal = root.querySelector('.signals li')!.textContent!;
    expect(signal).toContain(translator('zh_CN')('signalField_displayName'));
    expect(signal).not.toContain('displayName');
  });

  it('names every field by its translated label, so a 简体中文 screen reader hears Chinese', async () => {
    await show('zh_CN', { other: { platformKey: null } });
    expect(nameOf(field('report-profile-url'))).toBe('主页网址');
    expect(nameOf(field('report-name'))).toBe('名称');
    expect(nameOf(field('report-category'))).toBe('类别');
    expect(nameOf(field('report-note'))).toBe('备注');
    expect(nameOf(field('report-snippet'))).toBe('摘录');
    expect(root.querySelectorAll('input[aria-label], select[aria-label], textarea[aria-label]')).toHaveLength(0);
  });

  it('marks each field with an error invalid, points it at its message, and focuses the first', async () => {
    await show('en', { other: { platformKey: null } });
    const errors = { profileUrl: 'Bad URL', displayName: 'Required', note: 'Too long', snippet: 'Too long too' };
    await show('en', { other: { platformKey: null }, errors });
    const expected = {
      'report-profile-url': 'Bad URL',
      'report-name': 'Required',
      'report-note': 'Too long',
      'report-snippet': 'Too long too',
    };
    for (const [id, message] of Object.entries(expected)) {
      expect(field(id).getAttribute('aria-invalid'), id).toBe('true');
      expect(description(field(id)), id).toContain(message);
    }
    expect(document.activeElement).toBe(field('report-profile-url'));
  });

  it('focuses the note of a flagged account after a failed submit, and clears the marks once fixed', async () => {
    await show('en');
    await show('en', { errors: { note: 'Too long' } });
    expect(document.activeElement).toBe(field('report-note'));
    expect(description(field('report-note'))).toMatch(/^\d+ \/ 2000 Too long$/);
    await show('en', { errors: {} });
    expect(field('report-note').getAttribute('aria-invalid')).toBeNull();
    expect(field('report-note').getAttribute('aria-describedby')).toBe('note-count');
  });

  it('says to open ClaimCheck from the toolbar when the browser refuses the screenshot', async () => {
    const refuse = vi.fn(async () => {
      throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
    });
    await show('zh_CN', { onCapture: refuse });
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === '附上此标签页的截图')!;
    await act(() => button.click());
    await vi.waitFor(() => expect(root.querySelector('.screenshot [role="alert"]')?.textContent).toBeTruthy());
    expect(root.querySelector('.screenshot [role="alert"]')?.textContent).toBe(translator('zh_CN')('screenshotNeedsToolbar'));
  });
});
