import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearDraft, DRAFTS_PER_TAB, loadDraft, saveDraft } from './draft';

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

  it('keep one per target on a tab: another target’s draft does not replace it, and clearing one leaves the rest', async () => {
    await saveDraft(7, base);
    await saveDraft(7, { ...base, target: 'other', note: 'another account' });
    expect((await loadDraft(7, base.target))?.note).toBe('half-filled');
    expect((await loadDraft(7))?.target).toBe('other');
    await clearDraft(7, 'other');
    expect((await loadDraft(7))?.note).toBe('half-filled');
    await clearDraft(7);
    expect(await loadDraft(7)).toBeNull();
  });

  it('over the limit, drop one with nothing typed before an older one with a note', async () => {
    await saveDraft(7, base);
    for (let i = 0; i < DRAFTS_PER_TAB; i++) await saveDraft(7, { ...base, target: `weibo:${i}`, note: '' });
    expect((await loadDraft(7, base.target))?.note).toBe('half-filled');
    expect(await loadDraft(7, 'weibo:0')).toBeNull();
  });

  it('over the limit with every draft written, keep a blank new one beside them rather than let one go', async () => {
    for (let i = 0; i < DRAFTS_PER_TAB; i++) await saveDraft(7, { ...base, target: `weibo:${i}` });
    expect(await saveDraft(7, { ...base, target: 'weibo:new', note: '' })).toEqual([]);
    for (let i = 0; i < DRAFTS_PER_TAB; i++) expect((await loadDraft(7, `weibo:${i}`))?.note, String(i)).toBe('half-filled');
  });

  it('let the oldest written draft go only once the new one holds input too, and say which it was', async () => {
    for (let i = 0; i < DRAFTS_PER_TAB; i++) await saveDraft(7, { ...base, target: `weibo:${i}` });
    await saveDraft(7, { ...base, target: 'weibo:new', note: '' });
    // A snippet is input as much as a note: it may be all the user has of a post gone since.
    const dropped = await saveDraft(7, { ...base, target: 'weibo:new', note: '', snippet: 'the post' });
    expect(dropped.map((d) => [d.target, d.note])).toEqual([['weibo:0', 'half-filled']]);
    expect(await loadDraft(7, 'weibo:0')).toBeNull();
    expect((await loadDraft(7))?.snippet).toBe('the post');
  });

  it('count the post text the page offered as the snippet as no input until the user edits it', async () => {
    for (let i = 0; i < DRAFTS_PER_TAB; i++) await saveDraft(7, { ...base, target: `weibo:${i}` });
    const offered = { ...base, target: 'weibo:new', note: '', snippet: 'the post', pageSnippet: 'the post' };
    expect(await saveDraft(7, offered)).toEqual([]);
    for (let i = 0; i < DRAFTS_PER_TAB; i++) expect((await loadDraft(7, `weibo:${i}`))?.note, String(i)).toBe('half-filled');
    expect(await loadDraft(7, 'weibo:new')).toMatchObject({ snippet: 'the post', pageSnippet: 'the post' });
    const dropped = await saveDraft(7, { ...offered, snippet: 'the post, and what it hid' });
    expect(dropped.map((d) => d.target)).toEqual(['weibo:0']);
  });

  it('keep the flagged account’s name, and still load one kept before it was, or spoilt', async () => {
    await saveDraft(7, { ...base, accountName: 'Someone' });
    expect((await loadDraft(7))?.accountName).toBe('Someone');
    await fakeBrowser.storage.session.set({ 'draft:8': { ...base, accountName: 42, pageSnippet: {} } });
    expect(await loadDraft(8)).toMatchObject({ note: 'half-filled', accountName: undefined, pageSnippet: undefined });
  });

  it('keep the rest when one field is too long: an address too long is dropped, a note cut', async () => {
    const long = {
      ...base,
      profileUrl: `https://forum.example.org/t/1?q=${'x'.repeat(4200)}`,
      name: 'someone',
      note: 'n'.repeat(6000),
    };
    await fakeBrowser.storage.session.set({ 'draft:7': long });
    const draft = await loadDraft(7);
    expect(draft).toMatchObject({ target: base.target, name: 'someone' });
    expect(draft?.profileUrl).toBeUndefined();
    expect(draft?.note).toHaveLength(5000);
  });
});
