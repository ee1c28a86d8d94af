// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Lang, translator } from '../../utils/i18n';
import type { Evidence } from '../../utils/schemas/report';
import { TranslateContext } from '../i18n';
import { ReportForm, type ReportFormValues } from './ReportForm';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

const SHOT = 'data:image/jpeg;base64,AAAA';
const t = translator('en');

/** The form with a parent that keeps its values and puts a screenshot taken in them, as the popup does. */
function Stateful(props: { capture: () => Promise<string>; initial?: Partial<ReportFormValues>; evidence?: Evidence }) {
  const [values, setValues] = useState<ReportFormValues>({ category: 'military', note: '', snippet: '', ...props.initial });
  return (
    <ReportForm
      title="Report someone"
      values={values}
      evidence={props.evidence ?? { signals: [] }}
      errors={{}}
      busy={false}
      onChange={setValues}
      onCapture={async () => {
        const screenshot = await props.capture();
        setValues((now) => ({ ...now, screenshot }));
      }}
      onSubmit={() => {}}
      onCancel={() => {}}
    />
  );
}

async function show(props: Parameters<typeof Stateful>[0], lang: Lang = 'en') {
  await act(() =>
    render(
      <TranslateContext.Provider value={translator(lang)}>
        <Stateful {...props} />
      </TranslateContext.Provider>,
      root,
    ),
  );
}

const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text);
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));

describe('ReportForm: focus where the pressed button went', () => {
  it('goes from Attach to Remove screenshot, and back', async () => {
    await show({ capture: async () => SHOT });
    button(t('attachScreenshot'))!.focus();
    await act(() => button(t('attachScreenshot'))!.click());
    await settle();
    expect(document.activeElement).toBe(button(t('removeScreenshot')));
    await act(() => button(t('removeScreenshot'))!.click());
    await settle();
    expect(document.activeElement).toBe(button(t('attachScreenshot')));
  });

  it('goes from Remove snippet to the snippet field', async () => {
    await show({ capture: async () => SHOT, initial: { snippet: 'post text' } });
    button(t('removeSnippet'))!.focus();
    await act(() => button(t('removeSnippet'))!.click());
    expect(root.querySelector<HTMLTextAreaElement>('#report-snippet')!.value).toBe('');
    expect(document.activeElement).toBe(root.querySelector('#report-snippet'));
  });

  it('starts on the form’s heading, named by the title', async () => {
    await show({ capture: async () => SHOT });
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.textContent).toBe('Report someone');
  });
});

describe('ReportForm: a screenshot being taken', () => {
  it('is taken once when Attach is pressed twice, and the button says it is under way', async () => {
    let done = (_: string) => {};
    const capture = vi.fn(() => new Promise<string>((resolve) => (done = resolve)));
    await show({ capture });
    await act(() => {
      const attach = button(t('attachScreenshot'))!;
      attach.click();
      attach.click();
    });
    expect(capture).toHaveBeenCalledTimes(1);
    expect(button(t('capturingScreenshot'))?.getAttribute('aria-disabled')).toBe('true');
    await act(() => done(SHOT));
    await settle();
    expect(root.querySelector('.screenshot img')).not.toBeNull();
  });

  it('keeps what the user typed while it was taken', async () => {
    let done = (_: string) => {};
    await show({ capture: () => new Promise<string>((resolve) => (done = resolve)) });
    await act(() => button(t('attachScreenshot'))!.click());
    const note = root.querySelector<HTMLTextAreaElement>('#report-note')!;
    await act(() => {
      note.value = 'typed meanwhile';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => done(SHOT));
    await settle();
    expect(root.querySelector('.screenshot img')).not.toBeNull();
    expect(root.querySelector<HTMLTextAreaElement>('#report-note')!.value).toBe('typed meanwhile');
  });
});

describe('ReportForm: the evidence’s signals', () => {
  it('says what kind of rule each is in the reader’s words, not its code', async () => {
    const zh = translator('zh_CN');
    const evidence: Evidence = {
      signals: [
        { code: 'military.command', field: 'displayName', match: '司令部' },
        { code: 'credential.none', field: 'verification' },
        { code: 'something.new', field: 'bio' },
      ],
    };
    await show({ capture: async () => SHOT, evidence }, 'zh_CN');
    const items = [...root.querySelectorAll('.signals li')].map((li) => li.textContent ?? '');
    expect(items[0]).toContain(zh('category_military'));
    expect(items[1]).toContain(zh('signalRule_credential'));
    expect(items[2]).toContain(zh('signalRule_other'));
    expect(items.join(' ')).not.toMatch(/military|credential|something/);
  });
});
