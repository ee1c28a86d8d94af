// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';
import { uidOf, weiboAdapter } from './weibo';
import { kindOfWooBadge } from './weibo-verification';

const feed = () => loadDocument(readFixture('e2e/fixtures/sites/weibo/feed.html'));

describe('weibo.com feed', () => {
  it('reads feed authors (both builds), comment and reply authors with their V', () => {
    const found = weiboAdapter.scan(feed(), makeContext('https://weibo.com/'));
    expect(found.map(brief)).toEqual([
      ['weibo:1722022490', '中国军网', 'organization', 'class'],
      ['weibo:7910000001', '中国人民解放军火箭军司令部', 'none', 'class'],
      ['weibo:1888000002', '协和张医生', 'personal', 'class'],
      ['weibo:2656274875', '央视新闻', 'organization', 'class'],
      ['weibo:7920000003', '央視新聞', 'none', 'class'],
      ['weibo:7930000004', '武警部队官方', 'none', 'class'],
      ['weibo:2656274875', '央视新闻', 'organization', 'class'],
      ['weibo:7940000006', '火箭军新闻发布', 'none', 'class'],
      ['weibo:1999000005', '王律师说法', 'personal', 'class'],
      ['weibo:1888000002', '协和张医生', 'personal', 'class'],
      ['weibo:1777000007', '摄影师阿杰', 'personal', 'class'],
    ]);
    const [army, impostor] = found;
    expect(army?.verification).toEqual({ kind: 'organization', label: '微博官方认证', source: 'dom' });
    expect(army?.profileUrl).toBe('https://weibo.com/u/1722022490');
    expect(army?.element.textContent).toBe('中国军网');
    expect(army?.element.localName).toBe('span');
    expect(impostor?.context).toBe('火箭军司令部通知：即日起开放内部招募，私信报名。');
  });

  it('takes a reply’s V from its own .item2 row: its avatar, or a woo-icon span after the name', () => {
    const replies = weiboAdapter.scan(feed(), makeContext('https://weibo.com/')).filter((a) => a.element.closest('.item2'));
    expect(replies.map((a) => [a.displayName, a.verification.kind, a.verification.label])).toEqual([
      ['央视新闻', 'organization', undefined],
      ['火箭军新闻发布', 'none', undefined],
      ['协和张医生', 'personal', '微博个人认证'],
      ['摄影师阿杰', 'personal', undefined],
    ]);
    expect(replies[1]?.context).toBe('火箭军新闻发布：回复 @武警部队官方 报名通道已开启。');
  });

  it('takes the badge type from page data when the reader supplied it', () => {
    const ctx = makeContext('https://weibo.com/', [
      ['weibo:1722022490', { id: '1722022490', verification: { kind: 'government', label: '中国军网官方微博' } }],
    ]);
    const army = weiboAdapter.scan(feed(), ctx)[0];
    expect(army?.verification).toEqual({ kind: 'government', label: '中国军网官方微博', source: 'data' });
    expect(army?.layer).toBe('data');
  });

  it('scans only an added subtree and skips seen names', () => {
    const doc = feed();
    const ctx = makeContext('https://weibo.com/');
    const items = doc.querySelectorAll('.vue-recycle-scroller__item-view');
    const last = items[items.length - 1]!;
    expect(weiboAdapter.scan(last, ctx).map((a) => a.displayName)).toEqual([
      '央視新聞',
      '武警部队官方',
      '央视新闻',
      '火箭军新闻发布',
      '王律师说法',
      '协和张医生',
      '摄影师阿杰',
    ]);
    const first = weiboAdapter.scan(doc, ctx)[0]!;
    ctx.seen.add(first.element);
    expect(weiboAdapter.scan(doc, ctx).map((a) => a.displayName)).not.toContain('中国军网');
    expect(weiboAdapter.scan(doc, ctx)).toHaveLength(10);
  });
});

describe('s.weibo.com search', () => {
  it('reads result cards through the action-type hooks', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/weibo/search.html'));
    const found = weiboAdapter.scan(doc, makeContext('https://s.weibo.com/weibo?q=%E7%81%AB%E7%AE%AD%E5%86%9B'));
    expect(found.map(brief)).toEqual([
      ['weibo:1722022490', '中国军网', 'organization', 'hook'],
      ['weibo:7910000009', '火箭军司令部发布', 'none', 'hook'],
      ['weibo:6000000010', '东部战区观察', 'unknown', 'hook'],
      ['weibo:6000000011', '航天迷老张', 'none', 'hook'],
    ]);
    expect(found[1]?.context).toBe('演训视频首发，点击链接领取纪念品。');
    // The reposted 中国军网 is not read with the reposter's (missing) V and text.
    expect(found[3]?.context).toBe('转发：演训很震撼');
  });
});

describe('weibo.com profile', () => {
  it('reads an impostor profile with its bio and no V', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/weibo/profile.html'));
    const [account, ...rest] = weiboAdapter.scan(doc, makeContext('https://weibo.com/u/7910000001'));
    expect(rest).toEqual([]);
    expect(brief(account!)).toEqual(['weibo:7910000001', '中国人民解放军火箭军司令部', 'none', 'class']);
    expect(account?.bio).toBe('火箭军司令部唯一官方账号，发布权威军事信息。');
  });

  it('reads the verified reason of a blue-V profile', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/weibo/profile-government.html'));
    const [account] = weiboAdapter.scan(doc, makeContext('https://weibo.com/1722022490'));
    expect(account?.key).toBe('weibo:1722022490');
    expect(account?.verification).toEqual({ kind: 'organization', label: '中国军网官方微博', source: 'dom' });
  });
});

describe('weibo badge and id readers', () => {
  it('maps svg classes and titles', () => {
    const doc = loadDocument(
      '<span id="a" class="woo-avatar-icon" title="微博官方认证"></span><span id="b" class="woo-avatar-icon"><svg class="woo-icon--vgold"></svg></span><span id="c" class="woo-avatar-icon" title="微博个人认证"></span>',
    );
    expect(kindOfWooBadge(doc.getElementById('a'))).toEqual({ kind: 'organization', label: '微博官方认证' });
    expect(kindOfWooBadge(doc.getElementById('b')).kind).toBe('personal');
    expect(kindOfWooBadge(doc.getElementById('c')).kind).toBe('personal');
    expect(kindOfWooBadge(null)).toEqual({ kind: 'none' });
  });

  it('reads woo-icon spans: gold and orange are --vgold; 达人, 微博女郎 and star are no identity V; grey is unknown', () => {
    const icon = (cls: string, symbol: string, title = '') =>
      `<span class="woo-icon ${cls}"${title && ` title="${title}"`}><span class="woo-icon__cover"></span><svg class="woo-icon__in"><use xlink:href="#${symbol}"></use></svg></span>`;
    const doc = loadDocument(
      [
        icon('woo-icon--vgold', 'vorange'),
        icon('woo-icon--vblue', 'vblue'),
        icon('woo-icon--club', 'club'),
        icon('woo-icon--vgirl', 'vgirl'),
        icon('woo-icon--star', 'star', '微博个人认证'),
        icon('woo-icon--vgrey', 'vgrey', '微博个人认证'),
        '<span class="woo-icon-skinSpe"></span><span class="woo-icon-skinSpe" title="微博官方认证"></span>',
      ].join(''),
    );
    expect(Array.from(doc.body.children, (el) => kindOfWooBadge(el).kind)).toEqual([
      'personal',
      'organization',
      'none',
      'none',
      'none',
      'unknown',
      'unknown',
      'organization',
    ]);
  });

  it('reads uids from usercard and the URL forms utags canonicalises', () => {
    const doc = loadDocument(
      '<a id="a" usercard="123456"></a><a id="b" href="//weibo.com/98765?refer=1"></a><a id="c" href="/u/55555"></a><a id="d" href="/n/名字"></a>',
    );
    expect(['a', 'b', 'c', 'd'].map((id) => uidOf(doc.getElementById(id)))).toEqual(['123456', '98765', '55555', undefined]);
  });
});
