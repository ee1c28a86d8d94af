// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';
import { zhihuAdapter } from './zhihu';

const QUESTION = 'https://www.zhihu.com/question/600000001';
// Keys are url_tokens whenever known; the hash ids only link a comment's author to them.
const PLARF = 'zhihu:plarf-official';
const DOCTOR = 'zhihu:li-hua-md';
const CCTV = 'zhihu:cctv-news';
const PLARF_ID = '5f2b8c0d4e6a1b3c7d9e0f1a2b3c4d5e';
const CCTV_ID = 'c7c7e0a1b2c3d4e5f60718293a4b5c6d';

const HASH = '4c592f496dc33822b560b382907ff1d0';
const zaModule = (hash: string) => `data-za-extra-module='{"card":{"content":{"author_member_hash_id":"${hash}"}}}'`;
const sherlock = (attributes: string) => `<div class="ContentItem" ${attributes}><div class="AuthorInfo">
  <meta itemprop="url" content="https://www.zhihu.com/people/L.M.Sherlock"><span class="AuthorInfo-name">
  <a class="UserLink-link" href="//www.zhihu.com/people/L.M.Sherlock">Thoughts Memo</a></span></div></div>`;

const answers = (doc: Document, data: Parameters<typeof makeContext>[1] = []) =>
  zhihuAdapter.scan(doc, makeContext(QUESTION, data)).filter((a) => a.element.closest('.AuthorInfo'));

describe('zhihu question page', () => {
  it('reads answer authors through microdata; the cert badge is personal on /people/, organisation on /org/', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/zhihu/question.html'));
    const found = answers(doc);
    // Answers 1001 and 1002 name their author's hash id in data-za-extra-module; 1003 does not.
    expect(found.map(brief)).toEqual([
      [PLARF, '中国人民解放军火箭军', 'none', 'hook'],
      [DOCTOR, '李华医生', 'personal', 'hook'],
      [CCTV, '央视新闻', 'organization', 'hook'],
    ]);
    expect(found[1]?.verification.label).toBe('北京协和医院 主任医师');
    expect(found[0]).toMatchObject({
      id: PLARF_ID,
      handle: 'plarf-official',
      bio: '火箭军官方账号',
      context: '本号为火箭军官方，私信咨询入伍。',
      profileUrl: 'https://www.zhihu.com/people/plarf-official',
    });
  });

  it('takes badge types from js-initialData when present, and the hash id of an author it knows', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/zhihu/question.html'));
    const data = readEmbeddedPageData(doc, new URL(QUESTION), zhihuAdapter.pageData);
    const found = answers(doc, data);
    expect(found.map(brief)).toEqual([
      [PLARF, '中国人民解放军火箭军', 'none', 'data'],
      [DOCTOR, '李华医生', 'personal', 'data'],
      [CCTV, '央视新闻', 'organization', 'data'],
    ]);
    expect(found[2]).toMatchObject({ id: CCTV_ID, handle: 'cctv-news', profileUrl: 'https://www.zhihu.com/org/cctv-news' });
  });

  it('keeps dots in a url_token', () => {
    const [found] = zhihuAdapter.scan(loadDocument(sherlock('')), makeContext(QUESTION));
    expect(found).toMatchObject({ key: 'zhihu:l.m.sherlock', handle: 'L.M.Sherlock' });
    expect(found?.profileUrl).toBe('https://www.zhihu.com/people/L.M.Sherlock');
    expect(found?.id).toBeUndefined();
  });

  it('takes the hash id from the answer’s data-za-extra-module or its parent’s, if it is one', () => {
    const idOf = (html: string) => zhihuAdapter.scan(loadDocument(html), makeContext(QUESTION))[0];
    expect(idOf(`<div ${zaModule(HASH)}>${sherlock('')}</div>`)).toMatchObject({ key: 'zhihu:l.m.sherlock', id: HASH });
    expect(idOf(sherlock(zaModule(HASH.toUpperCase())))?.id).toBe(HASH);
    expect(idOf(sherlock(zaModule('nope')))?.id).toBeUndefined();
    // A container further up may stand for another item (the question, whose asker it names).
    expect(idOf(`<div ${zaModule(HASH)}><div>${sherlock('')}</div></div>`)?.id).toBeUndefined();
  });
});

describe('zhihu organisation profile', () => {
  const url = 'https://www.zhihu.com/org/cctv-news';

  it('reads the header name without the badge text', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/zhihu/org-profile.html'));
    const found = zhihuAdapter.scan(doc, makeContext(url));
    expect(found.map(brief)).toEqual([['zhihu:cctv-news', '央视新闻', 'organization', 'class']]);
    expect(found[0]?.profileUrl).toBe('https://www.zhihu.com/org/cctv-news');
    // The headline is the account's own words: its bio, never the certification's label.
    expect(found[0]?.verification.label).toBeUndefined();
    expect(found[0]?.bio).toBe('中央广播电视总台央视新闻官方知乎号');
  });

  it('keys the profile by its url_token and takes the hash id js-initialData gives it', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/zhihu/org-profile.html'));
    const data = readEmbeddedPageData(doc, new URL(url), zhihuAdapter.pageData);
    const found = zhihuAdapter.scan(doc, makeContext(url, data));
    expect(found.map(brief)).toEqual([[CCTV, '央视新闻', 'organization', 'data']]);
    expect(found[0]).toMatchObject({ id: CCTV_ID, handle: 'cctv-news', profileUrl: 'https://www.zhihu.com/org/cctv-news' });
  });
});
