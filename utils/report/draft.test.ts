import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadDraft, saveDraft } from './draft';

const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const base = { target: 'weibo:7910000001', category: 'military' as const, note: 'half-filled', snippet: '' };

beforeEach(() => fakeBrowser.reset());

describe('report drafts', () => {
  it('keep the report id the form was opened with', async () => {
    await saveDraft(7, { ...base, reportId: ID });
    expect((await loadDraft(7))?.reportId).toBe(ID);
  });

  it('still load when kept before drafts had an id, or with an id spoilt: the note is not lost', async () => {
    await saveDraft(7, base);
    await fakeBrowser.storage.session.set({ 'draft:8': { ...base, reportId: 'not-a-uuid' } });
    for (const tabId of [7, 8]) {
      const draft = await loadDraft(tabId);
      expect(draft?.note, String(tabId)).toBe('half-filled');
      expect(draft?.reportId, String(tabId)).toBeUndefined();
    }
  });
});
