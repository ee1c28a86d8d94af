import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../schemas/settings';
import { accountKey } from './engine';
import { account, categoriesOf, flagOf, settingsWith, strictEngine } from './test-helpers';

describe('user settings', () => {
  it('a trusted account (matched by platform and key) is never flagged', () => {
    const fake = account('中国红军司令部');
    const trusted = [{ platform: 'weibo' as const, key: fake.key!, displayName: 'x', addedAt: '2026-11-01T00:00:00Z' }];
    expect(categoriesOf(fake)).toEqual(['military']);
    expect(categoriesOf(fake, settingsWith({ trusted }))).toEqual([]);
    // Same key on another platform is another account.
    expect(categoriesOf({ ...fake, platform: 'douyin' }, settingsWith({ trusted }))).toEqual(['military']);
  });

  it('a YouTube channel trusted under one key holds under the other (its id where the page gives it, else its handle)', () => {
    const at = '2026-11-01T00:00:00Z';
    const byId = {
      ...account('中国人民解放军火箭军司令部'),
      platform: 'youtube' as const,
      key: 'youtube:UC123',
      handle: 'PLA_Rocket',
    };
    const byHandle = { ...byId, key: 'youtube:@pla_rocket' };
    expect(categoriesOf(byId)).toEqual(['military']);
    // A trust stored before channels were keyed by id: its key is the handle's.
    const older = [{ platform: 'youtube' as const, key: 'youtube:@pla_rocket', displayName: 'x', addedAt: at }];
    expect(categoriesOf(byId, settingsWith({ trusted: older }))).toEqual([]);
    // Trusted by id (the watch page's owner), then met as a commenter known by handle alone.
    const newer = [
      { platform: 'youtube' as const, key: 'youtube:UC123', alias: 'youtube:@pla_rocket', displayName: 'x', addedAt: at },
    ];
    expect(categoriesOf(byHandle, settingsWith({ trusted: newer }))).toEqual([]);
    // The channel gave its handle up and another channel (another id) took it: not trusted.
    expect(categoriesOf({ ...byId, key: 'youtube:UC999' }, settingsWith({ trusted: newer }))).toEqual(['military']);
    // Another channel's handle, and the same handle on another platform, are other accounts.
    expect(
      categoriesOf({ ...byId, key: 'youtube:UC999', handle: 'pla_rocket_official' }, settingsWith({ trusted: older })),
    ).toEqual(['military']);
    expect(categoriesOf({ ...byId, platform: 'x', key: 'x:pla_rocket' }, settingsWith({ trusted: older }))).toEqual(['military']);
  });

  it('the account key is the adapter key, else platform:id|handle|name', () => {
    expect(accountKey({ platform: 'x', key: 'x:42', displayName: 'a', verification: { kind: 'none' } })).toBe('x:42');
    expect(accountKey({ platform: 'x', id: '42', handle: 'h', displayName: 'a', verification: { kind: 'none' } })).toBe('x:42');
    expect(accountKey({ platform: 'x', handle: 'h', displayName: 'a', verification: { kind: 'none' } })).toBe('x:h');
    expect(accountKey({ platform: 'x', displayName: 'a', verification: { kind: 'none' } })).toBe('x:a');
  });

  it('a category switched off is never flagged', () => {
    const off = settingsWith({ categories: { ...DEFAULT_SETTINGS.categories, military: false } });
    expect(categoriesOf(account('中国红军司令部'), off)).toEqual([]);
    expect(categoriesOf(account('北京市公安局'), off)).toEqual(['public-institution']);
  });

  it('custom keywords add claims in their category, normalized like everything else', () => {
    const custom = settingsWith({ customKeywords: { ...DEFAULT_SETTINGS.customKeywords, 'unqualified-advice': ['带货减肥'] } });
    const a = account('小美', { bio: '帶貨減肥 一个月瘦二十斤' });
    expect(categoriesOf(a)).toEqual([]);
    const flag = flagOf(a, 'unqualified-advice', custom)!;
    expect(flag.reasons[0]).toMatchObject({
      code: 'custom.keyword',
      field: 'bio',
      match: '带货减肥',
      messageKey: 'custom.keyword',
    });
  });

  it('sensitivity moves the threshold: a weak claim shows only at high, a moderate one not at low', () => {
    const weak = account('张海军'); // 海军 alone scores 0.45
    expect(categoriesOf(weak, settingsWith({ sensitivity: 'normal' }))).toEqual([]);
    expect(categoriesOf(weak, settingsWith({ sensitivity: 'high' }))).toEqual(['military']);
    const moderate = account('王医生'); // 医生 alone scores 0.6
    expect(categoriesOf(moderate, settingsWith({ sensitivity: 'normal' }))).toEqual(['unqualified-advice']);
    expect(categoriesOf(moderate, settingsWith({ sensitivity: 'low' }))).toEqual([]);
  });

  it('memoizes per key and settings revision, and forgets when the revision or the account changes', () => {
    const engine = strictEngine();
    const a = account('中国红军司令部');
    const first = engine.evaluate(a, DEFAULT_SETTINGS);
    expect(engine.evaluate({ ...a }, DEFAULT_SETTINGS)).toBe(first);
    const off = { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, military: false }, revision: 1 };
    expect(engine.evaluate(a, off).flags).toEqual([]);
    // Same revision, different content (a caller that forgot to bump it) is still not mixed up.
    const sameRevision = { ...off, revision: 0 };
    expect(engine.evaluate(a, sameRevision).flags).toEqual([]);
    // The bio loaded later: same key, new content, new verdict.
    expect(engine.evaluate({ ...a, displayName: '小王' }, DEFAULT_SETTINGS).flags).toEqual([]);
  });
});
