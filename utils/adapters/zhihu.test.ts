// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';
import { zhihuAdapter } from './zhihu';

describe('zhihu question page', () => {
  const url = 'https://www.zhihu.com/question/600000001';

  it('reads answer authors through microdata; the cert badge is personal on /people/, organisation on /org/', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/zhihu/question.html'));
    const found = zhihuAdapter.scan(doc, makeContext(url));
    expect(found.map(brief)).toEqual([
      ['zhihu:plarf-official', '中国人民解放军火箭军', 'none', 'hook'],
      ['zhihu:li-hua-md', '李华医生', 'personal', 'hook'],
      ['zhihu:cctv-news', '央视新闻', 'organization', 'hook'],
    ]);
    expect(found[1]?.verification.label).toBe('北京协和医院 主任医师');
    expect(found[0]).toMatchObject({
      bio: '火箭军官方账号',
      context: '本号为火箭军官方，私信咨询入伍。',
      profileUrl: 'https://www.zhihu.com/people/plarf-official',
    });
  });

  it('takes badge types from js-initialData when present', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/zhihu/question.html'));
    const data = readEmbeddedPageData(doc, new URL(url), zhihuAdapter.pageData);
    expect(data.map(([key, d]) => [key, d.verification])).toEqual([
      ['zhihu:plarf-official', { kind: 'none' }],
      ['zhihu:li-hua-md', { kind: 'personal', label: '北京协和医院 主任医师' }],
      ['zhihu:cctv-news', { kind: 'organization', label: '中央广播电视总台央视新闻官方账号' }],
    ]);
    const found = zhihuAdapter.scan(doc, makeContext(url, data));
    expect(found.map((a) => a.layer)).toEqual(['data', 'data', 'data']);
  });

  it('keeps dots in a url_token', () => {
    const doc = loadDocument(`<div class="ContentItem"><div class="AuthorInfo">
      <meta itemprop="url" content="https://www.zhihu.com/people/L.M.Sherlock"><span class="AuthorInfo-name">
      <a class="UserLink-link" href="//www.zhihu.com/people/L.M.Sherlock">Thoughts Memo</a></span></div></div>`);
    const [found] = zhihuAdapter.scan(doc, makeContext(url));
    expect(found).toMatchObject({ key: 'zhihu:l.m.sherlock', handle: 'L.M.Sherlock' });
    expect(found?.profileUrl).toBe('https://www.zhihu.com/people/L.M.Sherlock');
  });
});

describe('zhihu organisation profile', () => {
  it('reads the header name without the badge text', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/zhihu/org-profile.html'));
    const found = zhihuAdapter.scan(doc, makeContext('https://www.zhihu.com/org/cctv-news'));
    expect(found.map(brief)).toEqual([['zhihu:cctv-news', '央视新闻', 'organization', 'class']]);
    expect(found[0]?.profileUrl).toBe('https://www.zhihu.com/org/cctv-news');
  });
});
