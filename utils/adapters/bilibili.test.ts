// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bilibiliAdapter, kindOfAvatarIcon } from './bilibili';
import { BiliMemberJson, pageDataOfBiliMember } from './bilibili-verification';
import { pageDataFromMessage } from './page-data';
import {
  brief,
  collectPageData,
  loadDocument,
  loadLiveDocument,
  makeContext,
  REAL_AVAILABLE,
  REAL_MISSING_REASON,
  readFixture,
} from './test-helpers';

const VIDEO_URL = 'https://www.bilibili.com/video/BV1xx411c7mD';

describe('bilibili video page', () => {
  it('reads the owner (business V) and shadow-DOM comments; comment badges wait for page data', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/bilibili/video.html');
    const found = bilibiliAdapter.scan(doc, makeContext(VIDEO_URL));
    expect(found.map(brief)).toEqual([
      ['bilibili:161775300', '明日方舟', 'organization', 'class'],
      ['bilibili:3546000001', '中国人民解放军火箭军', 'unknown', 'hook'],
      ['bilibili:456664753', '央视新闻', 'unknown', 'hook'],
      ['bilibili:3546000002', '央视新闻客服', 'unknown', 'hook'],
    ]);
    expect(found[1]?.context).toBe('火箭军官方号，关注领取纪念品。');
    expect(found[1]?.element.localName).toBe('a');
    expect((found[1]!.element.getRootNode() as ShadowRoot).host.localName).toBe('bili-comment-user-info');
  });

  it('takes comment badge types from the renderers’ .data via the MAIN-world reader', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/bilibili/video.html');
    const items = collectPageData({ location: new URL(VIDEO_URL), document: doc } as unknown as Window);
    const entries = pageDataFromMessage(JSON.stringify({ v: 1, url: VIDEO_URL, items }), bilibiliAdapter.pageData);
    const found = bilibiliAdapter.scan(doc, makeContext(VIDEO_URL, entries));
    expect(found.slice(1).map(brief)).toEqual([
      ['bilibili:3546000001', '中国人民解放军火箭军', 'none', 'data'],
      ['bilibili:456664753', '央视新闻', 'organization', 'data'],
      ['bilibili:3546000002', '央视新闻客服', 'none', 'data'],
    ]);
    expect(found[2]?.verification.label).toBe('bilibili机构认证：中央广播电视总台央视新闻官方账号');
  });

  it('lists the comment shadow roots for observers, and scans one of them alone', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/bilibili/video.html');
    const roots = bilibiliAdapter.shadowRoots!(doc);
    expect(roots.map((r) => r.host.localName)).toContain('bili-comment-user-info');
    // bili-comments, then per thread: thread, comment, user-info, replies; per reply: reply, user-info.
    expect(roots.length).toBe(1 + 2 * 4 + 2);
    const userInfo = roots.filter((r) => r.host.localName === 'bili-comment-user-info')[2]!;
    expect(bilibiliAdapter.scan(userInfo, makeContext(VIDEO_URL)).map((a) => a.displayName)).toEqual(['央视新闻客服']);
  });
});

describe('bilibili legacy comments and space page', () => {
  it('reads light-DOM comments, each with its own avatar’s V; a membership icon is not verification', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/bilibili/video-legacy-comments.html'));
    expect(bilibiliAdapter.scan(doc, makeContext(VIDEO_URL)).map(brief)).toEqual([
      ['bilibili:3546000003', '武警部队官方', 'none', 'class'],
      ['bilibili:2000000004', '法学教授张三', 'personal', 'class'],
      ['bilibili:3546000005', '新华社记者站', 'none', 'class'],
      // A reply's V stays the reply's: the root comment above it shows none of its own.
      ['bilibili:2000000006', '新华社', 'organization', 'class'],
    ]);
  });

  it('reads the space header with the mid from the URL', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/bilibili/space.html'));
    expect(bilibiliAdapter.scan(doc, makeContext('https://space.bilibili.com/3546000001')).map(brief)).toEqual([
      ['bilibili:3546000001', '中国人民解放军火箭军', 'none', 'class'],
    ]);
  });

  it('maps avatar icon classes (both BEM spellings)', () => {
    const doc = loadDocument(
      '<i id="a" class="bili-avatar-icon bili-avatar-icon--business"></i><i id="b" class="bili-avatar-icon bili-avatar-icon-small-vip"></i><i id="c" class="bili-avatar-icon bili-avatar-icon-x"></i>',
    );
    expect(['a', 'b', 'c'].map((id) => kindOfAvatarIcon(doc.getElementById(id)))).toEqual(['organization', 'none', 'unknown']);
  });
});

describe.runIf(REAL_AVAILABLE)('real Bilibili JSON (nonebot-bison)', () => {
  it('maps the live-room master info official_verify type 1 to organization', () => {
    const json = JSON.parse(readFixture('real:bilibili/bilibili_arknights_profile.json'));
    const info = json.data?.info ?? json.info;
    const [key, data] = pageDataOfBiliMember(
      BiliMemberJson.parse({ ...info, mid: info.uid, official_verify: info.official_verify }),
    );
    expect(key).toMatch(/^bilibili:\d+$/);
    expect(data.verification).toEqual({ kind: 'organization', label: 'bilibili企业认证:明日方舟官方账号' });
  });

  it('maps dynamic authors (module_author) with type 1 and -1', () => {
    const json = JSON.parse(readFixture('real:bilibili/bilibili-new.json'));
    const kinds = new Set<string>();
    for (const item of json.data.items) {
      const parsed = BiliMemberJson.safeParse(item.modules?.module_author);
      if (parsed.success) kinds.add(pageDataOfBiliMember(parsed.data)[1].verification?.kind ?? '');
    }
    expect([...kinds].sort()).toEqual(['none', 'organization']);
  });
});
if (!REAL_AVAILABLE) {
  console.warn(`bilibili real-fixture tests skipped: ${REAL_MISSING_REASON}`);
  it.skip(`real Bilibili JSON (${REAL_MISSING_REASON})`, () => {});
}
