import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadDraft, type ReportDraft, saveDraft } from '../../utils/report/draft';
import background from './index';

// The worker's other parts, which this test does not exercise: no sync engine, no script registrations.
vi.mock('../../utils/sync/background', () => ({
  startSync: () => ({ syncNow: vi.fn(), status: vi.fn(), reportFiled: vi.fn(), handleAlarm: vi.fn(), stop: vi.fn() }),
}));
vi.mock('./extra-sites', () => ({ adoptSiteGrants: async () => {}, forgetRemovedSites: async () => {} }));
vi.mock('./reconcile-sites', () => ({ reconcileExtraSites: async () => {} }));

const draft = (note: string): ReportDraft => ({ target: 'weibo:7910000001', category: 'military', note, snippet: '' });

beforeEach(() => {
  fakeBrowser.reset();
  // The fake has no ports and no permission events; neither is what this test is about.
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('background: a tab closes', () => {
  it('drops the half-filled report started in that tab, and keeps the other tabs’ drafts', async () => {
    background.main!();
    await saveDraft(7, draft('started on the closed tab'));
    await saveDraft(8, draft('still being written'));
    expect(await loadDraft(7)).not.toBeNull();

    await fakeBrowser.tabs.onRemoved.trigger(7, { isWindowClosing: false, windowId: 1 });

    await vi.waitFor(async () => expect(await loadDraft(7)).toBeNull());
    expect(await loadDraft(8)).toEqual(draft('still being written'));
  });
});
