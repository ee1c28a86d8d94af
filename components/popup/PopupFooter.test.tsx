// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import type { SyncStatus } from '../../utils/schemas/messages';
import { TranslateContext } from '../i18n';
import { formatDateTime } from '../options/format';
import { PopupFooter } from './PopupFooter';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

const at = '2026-11-27T08:05:00.000Z';
const sync = {
  counts: { local: 0, pending: 0, synced: 3, rejected: 0 },
  lastRun: { at, ok: true, sent: 3, accepted: 3, rejected: 0 },
} as unknown as SyncStatus;

describe('PopupFooter', () => {
  it('dates the last sync (a time alone read as today for a run days ago), in the popup’s language', async () => {
    for (const lang of ['en', 'zh_CN'] as const) {
      await act(() =>
        render(
          <TranslateContext.Provider value={translator(lang)}>
            <PopupFooter sync={sync} />
          </TranslateContext.Provider>,
          root,
        ),
      );
      expect(root.querySelector('[data-testid="sync-state"]')?.textContent).toContain(formatDateTime(at, lang));
    }
  });

  it('words why sync is not sending in the popup’s language', async () => {
    await act(() =>
      render(
        <TranslateContext.Provider value={translator('zh_CN')}>
          <PopupFooter sync={{ ...sync, blockedReason: 'noHostPermission' }} />
        </TranslateContext.Provider>,
        root,
      ),
    );
    expect(root.querySelector('[data-testid="sync-state"]')?.textContent).toBe(
      translator('zh_CN')('syncBlocked_noHostPermission'),
    );
  });
});
