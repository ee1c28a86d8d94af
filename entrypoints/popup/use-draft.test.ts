import { describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { DRAFTS_PER_TAB, type ReportDraft } from '../../utils/report/draft';
import { IMPOSTOR } from './popup-harness';
import { droppedDraftsText } from './use-draft';

const KEY = 'weibo:123456';
const draft = (more: Partial<ReportDraft> = {}): ReportDraft => ({
  target: KEY,
  category: 'military',
  note: 'n',
  snippet: '',
  ...more,
});

describe('droppedDraftsText', () => {
  for (const lang of ['en', 'zh_CN'] as const) {
    const t = translator(lang);
    it(`names an account gone from the page’s list by the name its draft kept (${lang})`, () => {
      const text = droppedDraftsText([draft({ accountName: 'Someone' })], [IMPOSTOR], t);
      expect(text).toBe(t('draftDropped', DRAFTS_PER_TAB, 'Someone'));
    });

    it(`says in words that the account is not named, never its key, when the draft kept no name (${lang})`, () => {
      for (const accountName of [undefined, '  ']) {
        const text = droppedDraftsText([draft({ accountName })], [IMPOSTOR], t);
        expect(text).toBe(t('draftDroppedUnnamed', DRAFTS_PER_TAB));
        expect(text).not.toContain(KEY);
      }
    });
  }

  it('prefers the name the list shows now', () => {
    const t = translator('en');
    const kept = draft({ target: IMPOSTOR.account.key, accountName: 'old name' });
    expect(droppedDraftsText([kept], [IMPOSTOR], t)).toBe(t('draftDropped', DRAFTS_PER_TAB, IMPOSTOR.account.displayName));
  });
});
