// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../utils/i18n';
import { loadDraft } from '../../utils/report/draft';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { captureTab } from './capture';
import { filed, noteIn } from './filing-harness';
import {
  background,
  buttonNamed,
  flaggedState,
  IMPOSTOR,
  openPopup,
  popupPage,
  settle,
  storedAsSent,
  TAB,
  type,
} from './popup-harness';

// The screenshot is taken when the test says so: a capture still under way while the user goes on.
vi.mock('./capture', () => ({ captureTab: vi.fn() }));
let taken: { resolve: (shot: string) => void; reject: (err: Error) => void };
beforeEach(() => {
  vi.mocked(captureTab).mockImplementation(() => new Promise((resolve, reject) => (taken = { resolve, reject })));
});

const root = popupPage(TAB, { store: true });
const t = translator('en');
const SECOND: FlaggedAccount = { ...IMPOSTOR, account: { ...IMPOSTOR.account, key: 'weibo:222', displayName: 'Second' } };
const SHOT =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

const reportOn = (key: string) =>
  act(() => root.querySelector<HTMLButtonElement>(`[data-testid="flag-item"][data-key="${key}"] button.primary`)!.click());
const status = () => root.querySelector('[role="status"]')?.textContent;

describe('PopupApp: a screenshot still being taken', () => {
  it('is dropped when it lands after Cancel, not put in the next account’s form or draft', async () => {
    background(flaggedState([IMPOSTOR, SECOND]));
    await openPopup(root);
    await reportOn(IMPOSTOR.account.key);
    await type(noteIn(root)!, 'note about the first account');
    await act(() => buttonNamed(root, t('attachScreenshot'))!.click());
    await act(() => buttonNamed(root, t('cancel'))!.click());
    await reportOn(SECOND.account.key);
    await settle();
    await act(() => taken.resolve(SHOT));
    await settle();
    expect(root.querySelector('h2')?.textContent).toContain('Second');
    expect(noteIn(root)?.value).toBe('');
    expect(root.querySelector('.screenshot img')).toBeNull();
    const draft = await loadDraft(TAB.id, SECOND.account.key);
    expect(draft).toMatchObject({ note: '' });
    expect(draft?.screenshot).toBeUndefined();
  });

  it('is waited for by "File report", which says so, and filed with the report', async () => {
    const sent = background(flaggedState(), { fileReport: storedAsSent });
    await openPopup(root);
    await reportOn(IMPOSTOR.account.key);
    await act(() => buttonNamed(root, t('attachScreenshot'))!.click());
    await act(() => buttonNamed(root, t('fileReport'))!.click());
    await settle();
    expect(filed(sent)).toHaveLength(0);
    expect(status()).toBe(t('fileAwaitsScreenshot'));
    expect(buttonNamed(root, t('filingReport'))?.getAttribute('aria-disabled')).toBe('true');
    await act(() => taken.resolve(SHOT));
    await settle();
    expect(filed(sent).map((r) => r.evidence.screenshot)).toEqual([SHOT]);
    expect(status()).toBe(t('reportFiled'));
  });

  it('keeps the report unfiled when the screenshot it waited for fails, says why, and files on the next press', async () => {
    const sent = background(flaggedState(), { fileReport: storedAsSent });
    await openPopup(root);
    await reportOn(IMPOSTOR.account.key);
    await act(() => buttonNamed(root, t('attachScreenshot'))!.click());
    await act(() => buttonNamed(root, t('fileReport'))!.click());
    await act(() => taken.reject(new Error("Either the '<all_urls>' or 'activeTab' permission is required.")));
    await settle();
    expect(filed(sent)).toHaveLength(0);
    expect(root.querySelector('form')).not.toBeNull();
    expect(root.querySelector('.screenshot [role="alert"]')?.textContent).toBe(t('screenshotNeedsToolbar'));
    await act(() => buttonNamed(root, t('fileReport'))!.click());
    await settle();
    expect(filed(sent).map((r) => r.evidence.screenshot)).toEqual([undefined]);
  });
});
