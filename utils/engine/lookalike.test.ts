import { describe, expect, it } from 'vitest';
import { CJK_LOOKALIKE_GROUPS, SEPARATOR_LIKE } from './cjk-lookalikes';
import { withinOneEdit } from './edit-distance';
import { OFFICIAL_ACCOUNTS } from './officials';
import { lookalikeKey } from './skeleton';
import { account, categoriesOf, flagOf } from './test-helpers';

describe('lookalikes of official accounts', () => {
  it('ship at least 100 official accounts across the six platforms, each with a source', () => {
    expect(OFFICIAL_ACCOUNTS.length).toBeGreaterThanOrEqual(100);
    const platforms = new Set(OFFICIAL_ACCOUNTS.map((o) => o.platform));
    for (const p of ['weibo', 'douyin', 'wechat', 'x', 'bilibili', 'youtube']) expect(platforms.has(p as never)).toBe(true);
    for (const o of OFFICIAL_ACCOUNTS) expect(o.source.length).toBeGreaterThan(0);
  });

  it('an exact copy of an official name is flagged and names the account it resembles', () => {
    const flag = flagOf(account('人民日报', { platform: 'douyin' }), 'news-media')!;
    expect(flag.resembles).toMatch(/^人民日报 \(douyin/);
    expect(flag.reasons).toContainEqual(expect.objectContaining({ code: 'lookalike.exact', field: 'displayName' }));
  });

  it('folds script, width and traditional characters before comparing (СCTV, 東部戰區, 新華社)', () => {
    expect(flagOf(account('東部戰區'), 'military')?.resembles).toMatch(/^东部战区/);
    expect(flagOf(account('新華社'), 'news-media')?.resembles).toMatch(/^新华社/);
    expect(flagOf(account('Rеuters', { platform: 'x' }), 'news-media')?.resembles).toMatch(/^Reuters/);
  });

  it('a name one character away is flagged as near; two away is not a lookalike', () => {
    const near = flagOf(account('人民曰报'), 'news-media')!;
    expect(near.reasons[0]).toMatchObject({ code: 'lookalike.near', messageKey: 'lookalike.near' });
    expect(categoriesOf(account('人民曰极'))).toEqual([]);
  });

  it('one edit to a short Chinese name counts only when it looks like none: a look-alike character or a stroke', () => {
    for (const name of ['北京日记', '中国日记', '健康中国人', '平安北京人', '中国青年', '学习小组']) {
      expect(categoriesOf(account(name)), name).toEqual([]);
    }
    for (const [name, official] of [
      ['人民曰报', '人民日报'],
      ['央视亲闻', '央视新闻'],
      ['新毕视点', '新华视点'],
      ['人民丨日报', '人民日报'],
    ]) {
      expect(flagOf(account(name!), 'news-media')?.resembles, name).toMatch(new RegExp(`^${official}`));
    }
    // Longer keys keep any one edit.
    expect(flagOf(account('国家反诈中心人'), 'public-institution')?.resembles).toMatch(/^国家反诈中心/);
  });

  it('writes the look-alike table in key form, so a key can hold each of its characters', () => {
    for (const ch of [...CJK_LOOKALIKE_GROUPS.join(''), ...SEPARATOR_LIKE]) expect(lookalikeKey(ch), ch).toBe(ch);
  });

  it('short names need an exact copy: BBQ is not BBC', () => {
    expect(categoriesOf(account('BBQ', { platform: 'x' }))).toEqual([]);
    expect(categoriesOf(account('BBC', { platform: 'x' }))).toEqual(['news-media']);
  });

  it('a copied handle counts too', () => {
    expect(flagOf(account('Breaking', { platform: 'weibo', handle: 'XHNews' }), 'news-media')?.resembles).toMatch(/Xinhua/);
  });

  it('the official account itself is not flagged: same platform and id or handle, or the proper badge', () => {
    expect(categoriesOf(account('人民日报', { id: '2803301701' }))).toEqual([]);
    expect(categoriesOf(account('Reuters', { platform: 'x', handle: 'Reuters' }))).toEqual([]);
    expect(categoriesOf(account('Reuters', { platform: 'x', handle: '@reuters' }))).toEqual([]);
    expect(categoriesOf(account('人民日报', { kind: 'media' }))).toEqual([]);
    // The same id on another platform is not that account.
    expect(categoriesOf(account('人民日报', { id: '2803301701', platform: 'douyin' }))).toEqual(['news-media']);
  });

  it('withinOneEdit accepts one insertion, deletion, substitution or swap, and nothing more', () => {
    const e = (a: string, b: string) => withinOneEdit([...a], [...b]);
    expect([e('reuters', 'reuter'), e('reuters', 'reutters'), e('reuters', 'reuteks'), e('reuters', 'rueters')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([e('中国空军', '中国军网'), e('reuters', 'rueterz'), e('abc', 'abcde')]).toEqual([false, false, false]);
  });
});
