// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jsonAfter } from './embedded-json';
import { kindOfMIcon, mWeiboAdapter } from './m-weibo';
import { brief, loadDocument, makeContext, REAL_AVAILABLE, REAL_MISSING_REASON, readFixture } from './test-helpers';
import { kindOfVerifiedType, pageDataOfWeiboJson } from './weibo-verification';

describe('m.weibo.cn cards', () => {
  it('reads card authors and maps each icon; membership and 达人 are not verification', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/m-weibo/cards.html'));
    const found = mWeiboAdapter.scan(doc, makeContext('https://m.weibo.cn/'));
    expect(found.map(brief)).toEqual([
      ['weibo:1722022490', '中国军网', 'organization', 'class'],
      ['weibo:7910000001', '中国人民解放军火箭军司令部', 'none', 'class'],
      ['weibo:1907518591', '余霜YSCandice', 'personal', 'class'],
      ['weibo:7940000006', '军事观察达人', 'none', 'class'],
      ['weibo:1888000002', '协和张医生', 'personal', 'class'],
    ]);
    expect(found[0]?.profileUrl).toBe('https://m.weibo.cn/profile/1722022490');
    expect(found[1]?.context).toBe('火箭军司令部通知：开放内部招募，私信报名。');
    expect(found[0]?.verification.source).toBe('dom');
  });

  it('scans one appended card only', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/m-weibo/cards.html'));
    const card = doc.querySelectorAll('.wb-item-wrap')[1]!;
    expect(mWeiboAdapter.scan(card, makeContext('https://m.weibo.cn/')).map((a) => a.key)).toEqual(['weibo:7910000001']);
  });
});

describe('m.weibo.cn detail with $render_data', () => {
  const doc = () => loadDocument(readFixture('e2e/fixtures/sites/m-weibo/detail.html'));

  it('parses $render_data from the script without eval and maps verified_type 3 to media', () => {
    const script = doc().querySelector('script:not([src])')!.textContent!;
    const data = pageDataOfWeiboJson(jsonAfter(script, '$render_data ='));
    expect(data).toEqual([
      [
        'weibo:2656274875',
        {
          id: '2656274875',
          displayName: '央视新闻',
          verification: { kind: 'media', label: '中央广播电视总台央视新闻官方微博' },
          bio: '“央视新闻”是中央广播电视总台新闻中心官方账号',
        },
      ],
    ]);
  });

  it('uses the page data for the author and the DOM for commenters (keyed by name link, or by the uid the data gives that name)', () => {
    const page = doc();
    const script = page.querySelector('script:not([src])')!.textContent!;
    const ctx = makeContext(
      'https://m.weibo.cn/detail/5100000000000001',
      pageDataOfWeiboJson(jsonAfter(script, '$render_data =')),
    );
    const found = mWeiboAdapter.scan(page, ctx);
    expect(found.map(brief)).toEqual([
      ['weibo:2656274875', '央视新闻', 'media', 'data'],
      [`https://weibo.com/n/${encodeURIComponent('央视新闻客户端')}`, '央视新闻客户端', 'none', 'class'],
      [`https://weibo.com/n/${encodeURIComponent('航天科普李老师')}`, '航天科普李老师', 'personal', 'class'],
      // The author's own reply: the same account as the post's, under its uid and its data's badge.
      ['weibo:2656274875', '央视新闻', 'media', 'data'],
    ]);
    expect(found[0]?.bio).toBe('“央视新闻”是中央广播电视总台新闻中心官方账号');
    expect(found[1]?.context).toBe('关注我们领取直播红包，私信客服。');
  });
});

describe('m.weibo.cn icons and verified_type', () => {
  it('maps icon classes', () => {
    const doc = loadDocument(
      '<i id="a" class="m-icon m-icon-goldv"></i><i id="b" class="m-icon m-icon-orangev"></i><i id="c" class="m-icon m-icon-newv"></i>',
    );
    expect(['a', 'b', 'c'].map((id) => kindOfMIcon(doc.getElementById(id)))).toEqual(['personal', 'personal', 'unknown']);
    expect(kindOfMIcon(null)).toBe('none');
  });

  it('maps verified_type per detection.md', () => {
    expect([-1, 0, 1, 2, 3, 4, 5, 6, 7, 220].map((t) => kindOfVerifiedType(true, t))).toEqual([
      'none',
      'personal',
      'government',
      'organization',
      'media',
      'organization',
      'organization',
      'organization',
      'organization',
      'none',
    ]);
    expect(kindOfVerifiedType(false, 0)).toBe('none');
    expect(kindOfVerifiedType(true, undefined)).toBe('unknown');
  });
});

describe.runIf(REAL_AVAILABLE)('real m.weibo.cn JSON (../shared/fixtures/real/weibo)', () => {
  it('maps the getIndex profile of 明日方舟Arknights (verified_type 2) to organization', () => {
    const data = new Map(pageDataOfWeiboJson(JSON.parse(readFixture('real:weibo/weibo_ak_profile.json'))));
    expect(data.get('weibo:6279793937')).toMatchObject({
      displayName: '明日方舟Arknights',
      verification: { kind: 'organization', label: '上海鹰角网络科技有限公司' },
      bio: '《明日方舟》官方微博，欢迎咨询客服QQ服务号：800830064',
    });
  });

  it('maps card users with verified_type 0 / ext 1 to personal', () => {
    const data = new Map(pageDataOfWeiboJson(JSON.parse(readFixture('real:weibo/weibo_ys_list_0.json'))));
    expect(data.get('weibo:1907518591')).toMatchObject({
      displayName: '余霜YSCandice',
      verification: { kind: 'personal', label: '英雄联盟官方主持人' },
    });
  });
});
if (!REAL_AVAILABLE) {
  console.warn(`m-weibo real-fixture tests skipped: ${REAL_MISSING_REASON}`);
  it.skip(`real m.weibo.cn JSON (${REAL_MISSING_REASON})`, () => {});
}
