// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Lang, translator } from '../../utils/i18n';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import type { Report } from '../../utils/schemas/report';
import { reportsDb } from '../../utils/store/db';
import { addReport } from '../../utils/store/reports';
import { sampleReport } from '../../utils/testing/sample-report';
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
} from './popup-harness';

const root = popupPage(TAB, { store: true });
const ANOTHER: FlaggedAccount = {
  ...IMPOSTOR,
  account: { ...IMPOSTOR.account, key: 'weibo:7910000002', displayName: '火箭军某部' },
};
const STATE = flaggedState([IMPOSTOR, ANOTHER]);
const stores = { fileReport: storedAsSent };

const item = (key: string) =>
  [...root.querySelectorAll<HTMLElement>('[data-testid="flag-item"]')].find((el) => el.dataset.key === key)!;
const markOf = (key: string) => item(key).querySelector('[data-testid="flag-reported"]')?.textContent;

async function fileOn(key: string, lang: Lang) {
  await act(() => item(key).querySelector<HTMLButtonElement>('button.primary')!.click());
  await act(() => buttonNamed(root, translator(lang)('fileReport'))!.click());
  await settle();
}

describe('PopupApp: an account reported while the popup is open', () => {
  it.each(['en', 'zh_CN'] as const)('%s: is marked reported in the list, and only that one', async (lang) => {
    background(STATE, stores);
    await openPopup(root, lang);
    expect(markOf(IMPOSTOR.account.key)).toBeUndefined();
    await fileOn(IMPOSTOR.account.key, lang);
    expect(markOf(IMPOSTOR.account.key)).toBe(translator(lang)('reportedMark'));
    expect(markOf(ANOTHER.account.key)).toBeUndefined();
  });

  it('is not marked when the report was not stored', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    background(STATE, {
      fileReport: () => {
        throw new Error('disk full');
      },
    });
    await openPopup(root);
    await act(() => item(IMPOSTOR.account.key).querySelector<HTMLButtonElement>('button.primary')!.click());
    await act(() => buttonNamed(root, 'File report')!.click());
    await settle();
    await act(() => buttonNamed(root, 'Cancel')!.click());
    expect(markOf(IMPOSTOR.account.key)).toBeUndefined();
  });

  it('is marked when its draft turns out filed as the popup reopens', async () => {
    // Stored, but the popup closed before the reply: it learns so from the draft's id.
    background(STATE, {
      fileReport: async (report) => {
        await addReport(report as Report, false);
        return new Promise(() => {});
      },
    });
    await openPopup(root);
    await fileOn(IMPOSTOR.account.key, 'en');
    render(null, root);
    fakeBrowser.runtime.onMessage.removeAllListeners();

    background(STATE);
    await openPopup(root);
    expect(markOf(IMPOSTOR.account.key)).toBe(translator('en')('reportedMark'));
  });
});

/** The real account and an impostor of it: one name, two ids. */
const REAL: FlaggedAccount = { ...IMPOSTOR, account: { ...IMPOSTOR.account, id: '7910000001' } };
const COPY: FlaggedAccount = { ...IMPOSTOR, account: { ...IMPOSTOR.account, key: 'weibo:7910000003', id: '7910000003' } };

/** A report on `account` stored by an earlier popup, since gone as far as `status`. */
async function storedEarlier(account: FlaggedAccount['account'], status: 'local' | 'synced' | 'rejected') {
  const report = sampleReport({ account: { id: account.id, displayName: account.displayName, verification: { kind: 'none' } } });
  const stored = await addReport(report, false);
  await (await reportsDb()).put('reports', { ...stored, status });
}

/** The store is read once the list shows its platform, a moment after the popup opens: waits for a mark. */
const untilMarked = (key: string) => vi.waitFor(() => expect(item(key) && markOf(key)).toBeTruthy());

describe('PopupApp: an account reported in an earlier popup', () => {
  it.each([
    ['en', 'synced'],
    ['zh_CN', 'rejected'],
    ['en', 'local'],
  ] as const)('%s: is marked reported when the popup opens (the report %s), and not its namesake', async (lang, status) => {
    await storedEarlier(REAL.account, status);
    background(flaggedState([REAL, COPY]));
    await openPopup(root, lang);
    await untilMarked(REAL.account.key);
    expect(markOf(REAL.account.key)).toBe(translator(lang)('reportedMark'));
    expect(markOf(COPY.account.key)).toBeUndefined();
  });

  it('tells a screen reader on the Report button, whose name stays the account’s', async () => {
    await storedEarlier(REAL.account, 'local');
    background(flaggedState([REAL]));
    await openPopup(root, 'zh_CN');
    await untilMarked(REAL.account.key);
    const button = item(REAL.account.key).querySelector<HTMLButtonElement>('button.primary')!;
    const described = root.ownerDocument.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('已举报');
    expect(button.getAttribute('aria-label')).toBe(translator('zh_CN')('reportFor', REAL.account.displayName));
  });
});
