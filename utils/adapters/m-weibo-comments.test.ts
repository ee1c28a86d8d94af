// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scriptJson } from './embedded-json';
import { mWeiboAdapter } from './m-weibo';
import { pageDataFromMessage, readEmbeddedPageData } from './page-data';
import { brief, collectPageData, loadDocument, makeContext, readFixture } from './test-helpers';
import { pageDataOfWeiboJson } from './weibo-verification';

const DETAIL = 'e2e/fixtures/sites/m-weibo/detail.html';
const URL_DETAIL = 'https://m.weibo.cn/detail/5100000000000001';
const byName = (name: string) => `https://weibo.com/n/${encodeURIComponent(name)}`;

/** The page data both ways the scanner gets it: the MAIN-world reader's `$render_data`, and the script text. */
function pageData(doc: Document) {
  const win = { location: new URL(URL_DETAIL), document: doc, $render_data: scriptJson(doc, '$render_data =') };
  const items = collectPageData(win as unknown as Window);
  const fromReader = pageDataFromMessage(JSON.stringify({ v: 1, url: URL_DETAIL, items }), mWeiboAdapter.pageData);
  return { fromReader, embedded: readEmbeddedPageData(doc, new URL(URL_DETAIL), mWeiboAdapter.pageData) };
}

describe('m.weibo.cn commenters', () => {
  it('gives the post’s author replying under it the card’s uid from the first scan, before any page data', () => {
    // The scanner's first scan has no data (it is asked for at the first idle): keyed by name
    // then, the reply stayed a second record of the author after the data came, as the data's
    // update names the uid only.
    expect(mWeiboAdapter.scan(loadDocument(readFixture(DETAIL)), makeContext(URL_DETAIL)).map(brief)).toEqual([
      ['weibo:2656274875', '央视新闻', 'organization', 'class'],
      [byName('央视新闻客户端'), '央视新闻客户端', 'none', 'class'],
      [byName('航天科普李老师'), '航天科普李老师', 'personal', 'class'],
      ['weibo:2656274875', '央视新闻', 'organization', 'class'],
    ]);
  });

  it('are in no page data: $render_data holds the post, so a commenter’s V is the DOM icon’s, its type untold', () => {
    const doc = loadDocument(readFixture(DETAIL));
    const { fromReader, embedded } = pageData(doc);
    expect(fromReader.map(([key]) => key)).toEqual(['weibo:2656274875']);
    expect(embedded.map(([key]) => key)).toEqual(['weibo:2656274875']);
    // A blue V on a commenter: organization from the class, though verified_type might say media.
    const box = doc.querySelector('.lite-page-list .m-img-box')!;
    box.insertAdjacentHTML('beforeend', '<i class="m-icon m-icon-bluev"></i>');
    const found = mWeiboAdapter.scan(doc, makeContext(URL_DETAIL, embedded)).map(brief);
    expect(found.slice(1, 3)).toEqual([
      [byName('央视新闻客户端'), '央视新闻客户端', 'organization', 'class'],
      [byName('航天科普李老师'), '航天科普李老师', 'personal', 'class'],
    ]);
  });

  it('would take a commenter’s uid and type from /comments/hotflow JSON, were it page data', () => {
    // The shape public scrapers read (data.data[].user); not on the page as far as is known.
    const user = { id: 3937348351, screen_name: '央视新闻客户端', verified: true, verified_type: 3 };
    const hotflow = { ok: 1, data: { data: [{ id: '1', text: '…', user }], max_id: 0 } };
    const found = mWeiboAdapter.scan(loadDocument(readFixture(DETAIL)), makeContext(URL_DETAIL, pageDataOfWeiboJson(hotflow)));
    expect(brief(found[1]!)).toEqual(['weibo:3937348351', '央视新闻客户端', 'media', 'data']);
  });
});
