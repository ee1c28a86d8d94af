// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { brief, loadDocument, makeContext, REAL_AVAILABLE, REAL_MISSING_REASON, readFixture } from './test-helpers';
import { bizOf, wechatAdapter } from './wechat';

describe('mp.weixin.qq.com hand-made pages', () => {
  it('reads the article account from #js_name with alias, bio and biz; verification unknown on articles', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/wechat/article.html'));
    const found = wechatAdapter.scan(doc, makeContext('https://mp.weixin.qq.com/s/AbCdEf'));
    expect(found.map(brief)).toEqual([['wechat:MzkxMDAwMDAwMQ==', '中国人民解放军火箭军司令部', 'unknown', 'hook']]);
    expect(found[0]).toMatchObject({
      id: 'MzkxMDAwMDAwMQ==',
      handle: 'plarf-hq',
      bio: '火箭军司令部官方发布平台，招募、通知第一时间发布。',
      context: '火箭军司令部关于开放内部招募的通知',
      profileUrl: 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzkxMDAwMDAwMQ%3D%3D',
    });
    expect(found[0]?.element.id).toBe('js_name');
  });

  it('reads an unverified impostor profile and a verified one', () => {
    const impostor = wechatAdapter.scan(
      loadDocument(readFixture('e2e/fixtures/sites/wechat/profile-impostor.html')),
      makeContext('https://mp.weixin.qq.com/profile?src=3'),
    );
    expect(impostor.map(brief)).toEqual([['wechat:MzkxMDAwMDAwMg==', '中国人民解放军火箭军', 'none', 'class']]);
    expect(impostor[0]?.verification).toEqual({ kind: 'none', label: '个人', source: 'dom' });
    const genuine = wechatAdapter.scan(
      loadDocument(readFixture('e2e/fixtures/sites/wechat/profile-verified.html')),
      makeContext('https://mp.weixin.qq.com/profile?src=3'),
    );
    expect(genuine[0]).toMatchObject({
      handle: 'chinamilnews',
      verification: { kind: 'organization', label: '解放军报社', source: 'dom' },
    });
  });

  it('prefers __biz from the URL', () => {
    const doc = loadDocument('<script>var biz = "" || "QUJD";</script>');
    expect(bizOf(doc, new URL('https://mp.weixin.qq.com/s?__biz=WFla&mid=1'))).toBe('WFla');
    expect(bizOf(doc, new URL('https://mp.weixin.qq.com/s/x'))).toBe('QUJD');
  });

  it('reads biz again after an in-page navigation, also when a scan at the new address saw the old page', () => {
    const doc = loadDocument('<body><script>var biz = "QUJD" || "";</script></body>');
    const [article, profile] = [new URL('https://mp.weixin.qq.com/s/x'), new URL('https://mp.weixin.qq.com/profile')];
    expect(bizOf(doc, article)).toBe('QUJD');
    // The address changes first (history.pushState); the old page is still there.
    expect(bizOf(doc, profile)).toBe('QUJD');
    doc.body.innerHTML = '<script>var biz = "WFla" || "";</script>';
    expect(bizOf(doc, profile)).toBe('WFla');
    expect(bizOf(doc, profile)).toBe('WFla');
  });
});

describe.runIf(REAL_AVAILABLE)('real WeChat pages (airyland/we-extract)', () => {
  it('reads 微信派 from the real article', () => {
    const doc = loadDocument(readFixture('real:wechat/post.html'));
    const [account, ...rest] = wechatAdapter.scan(doc, makeContext('https://mp.weixin.qq.com/s/abc'));
    expect(rest).toEqual([]);
    expect(account).toMatchObject({
      key: 'wechat:MjM5NjM4MDAxMg==',
      displayName: '微信派',
      handle: 'wx-pai',
      bio: '微信第一手官方活动信息发布，线下沙龙活动在线互动平台。独家分享微信公众平台优秀案例，以及权威专家的精彩观点。',
      verification: { kind: 'unknown' },
      context: '重磅 | 微信订阅号全新改版上线！',
    });
  });

  it('reads 轻金融 from the newer article (biz in the second alternative)', () => {
    const doc = loadDocument(readFixture('real:wechat/mp-link.html'));
    const found = wechatAdapter.scan(doc, makeContext('https://mp.weixin.qq.com/s/xyz'));
    expect(found.map((a) => [a.key, a.displayName])).toEqual([['wechat:MzIwNjU2ODk1MQ==', '轻金融']]);
  });

  it('reads 大象公会 with its verified entity from the real profile', () => {
    const doc = loadDocument(readFixture('real:wechat/profile.html'));
    const [account] = wechatAdapter.scan(doc, makeContext('https://mp.weixin.qq.com/profile?src=3&timestamp=1535378066'));
    expect(account).toMatchObject({
      key: 'wechat:MjM5NzQwNjcyMQ==',
      displayName: '大象公会',
      handle: 'idxgh2013',
      bio: '精神食粮。',
      verification: { kind: 'organization', label: '北京大象蓝典科技有限公司', source: 'dom' },
    });
  });
});
if (!REAL_AVAILABLE) {
  console.warn(`wechat real-fixture tests skipped: ${REAL_MISSING_REASON}`);
  it.skip(`real WeChat pages (${REAL_MISSING_REASON})`, () => {});
}
