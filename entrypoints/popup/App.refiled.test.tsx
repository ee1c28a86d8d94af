// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { addReport, listReports } from '../../utils/store/reports';
import { filed, fileThenClose, neverAnswers, noteIn, realBackground } from './filing-harness';
import { buttonNamed, flaggedState, IMPOSTOR, openPopup, popupPage, settle, TAB, type } from './popup-harness';

const root = popupPage(TAB, { store: true });
const t = translator('en');
const alertText = () => root.querySelector('form [role="alert"]')?.textContent ?? '';
const mark = () => root.querySelector('[data-testid="flag-item"] [data-testid="flag-reported"]')?.textContent;

/** The same account judged again (new settings): other reasons, severity and ruleset. */
const REJUDGED: FlaggedAccount = {
  ...IMPOSTOR,
  flags: [
    {
      category: 'military',
      severity: 'medium',
      score: 0.6,
      reasons: [{ code: 'military.unit-name', field: 'displayName', match: '火箭军', messageKey: 'claim.military' }],
    },
  ],
  rulesetVersion: 'test-2',
};

describe('PopupApp: a report filed again after the popup closed mid-filing', () => {
  it('is the same filing when only the flag was judged again since, not an edited one', async () => {
    const first = await fileThenClose(root, 'as typed', neverAnswers);

    const second = realBackground(flaggedState([REJUDGED]));
    await openPopup(root);
    // The restored form shows once the draft is read (a busy machine reads it late).
    await vi.waitFor(() => expect(noteIn(root)).not.toBeNull());
    expect(noteIn(root)?.value).toBe('as typed');
    // The first request lands, with the flag as it was then.
    await addReport(filed(first)[0]!, false);
    await act(() => buttonNamed(root, t('fileReport'))!.click());
    await settle();

    expect(filed(second)[0]!.evidence.severity).toBe('medium');
    expect(alertText()).not.toContain(t('reportFiledEarlier'));
    expect(root.querySelector('form')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(t('reportFiled'));
    expect((await listReports()).map((r) => r.report.evidence.severity)).toEqual(['high']);
  });

  it('marks the account reported when the earlier version was stored instead of the edits', async () => {
    const first = await fileThenClose(root, 'half-way', neverAnswers);

    realBackground();
    await openPopup(root);
    await vi.waitFor(() => expect(noteIn(root)).not.toBeNull());
    await type(noteIn(root)!, 'half-way, and more');
    await addReport(filed(first)[0]!, false);
    await act(() => buttonNamed(root, t('fileReport'))!.click());
    await settle();
    expect(alertText()).toContain(t('reportFiledEarlier'));

    await act(() => buttonNamed(root, t('cancel'))!.click());
    expect(mark()).toBe(t('reportedMark'));
  });
});
