// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEmbeddedPageData } from './page-data';
import { brief, loadDocument, makeContext, readFixture } from './test-helpers';
import { zhihuAdapter } from './zhihu';
import { scanComments } from './zhihu-comments';

const QUESTION = 'https://www.zhihu.com/question/600000001';
const IMPOSTOR = 'zhihu:e0b1c2d3e4f5061728394a5b6c7d8e9f';
const DOCTOR = 'zhihu:0d0c7a1e2f3b4c5d6e7f8091a2b3c4d5';
const fixture = () => loadDocument(readFixture('e2e/fixtures/sites/zhihu/question.html'));

const avatar = (id: string) => `<a href="https://www.zhihu.com/people/${id}"><img alt="${id}" src="data:,"></a>`;
const name = (id: string, text = id) => `<div class="css-1tww9qq"><a href="https://www.zhihu.com/people/${id}">${text}</a></div>`;
const arrow = '<svg class="ZDI ZDI--ArrowRightAlt16 css-gx7lzm"></svg>';
const comment = (id: string, users: string, text: string, replies = '') =>
  `<div data-id="${id}">${users}<div class="CommentContent css-tgyln6">${text}</div>${replies}</div>`;

describe('zhihu comments', () => {
  it('reads the author and the replied-to user of each comment, with an unknown badge', () => {
    const found = zhihuAdapter.scan(fixture(), makeContext(QUESTION)).slice(3);
    expect(found.map(brief)).toEqual([
      [IMPOSTOR, '东部战区司令部', 'unknown', 'hook'],
      [DOCTOR, '李华医生', 'unknown', 'hook'],
      [IMPOSTOR, '东部战区司令部', 'unknown', 'hook'],
    ]);
    expect(found.map((a) => a.element.querySelector('img'))).toEqual([null, null, null]);
    expect(found.map((a) => a.context)).toEqual([
      '本司令部官方答复：高原驻训名额请私信报名。',
      '部队不会在评论区招人，请勿私信。',
      undefined,
    ]);
    expect(found[0]).toMatchObject({
      id: IMPOSTOR.slice(6),
      profileUrl: `https://www.zhihu.com/people/${IMPOSTOR.slice(6)}`,
    });
  });

  it('reads an organisation’s comment, whose links go to /org/', () => {
    const org = (id: string) => `<div class="css-1tww9qq"><a href="https://www.zhihu.com/org/${id}">央视新闻</a></div>`;
    const doc = loadDocument(
      comment('1', `<a href="https://www.zhihu.com/org/c0ffee"><img alt="" src="data:,"></a>${org('c0ffee')}`, '辟谣'),
    );
    const found = scanComments(doc, makeContext(QUESTION));
    expect(found.map(brief)).toEqual([['zhihu:c0ffee', '央视新闻', 'unknown', 'hook']]);
    expect(found[0]).toMatchObject({ profileUrl: 'https://www.zhihu.com/org/c0ffee', context: '辟谣' });
  });

  it('finds the answer author’s page data through the hash id of the comment link', () => {
    const doc = fixture();
    const data = readEmbeddedPageData(doc, new URL(QUESTION), zhihuAdapter.pageData);
    const found = scanComments(doc, makeContext(QUESTION, data));
    expect(found.map(brief)).toEqual([
      [IMPOSTOR, '东部战区司令部', 'unknown', 'hook'],
      ['zhihu:li-hua-md', '李华医生', 'personal', 'data'],
      [IMPOSTOR, '东部战区司令部', 'unknown', 'hook'],
    ]);
    // Known to the page, the hash id leads to the url_token, the key answers and profiles use.
    expect(found[1]).toMatchObject({
      id: DOCTOR.slice(6),
      handle: 'li-hua-md',
      profileUrl: 'https://www.zhihu.com/people/li-hua-md',
      verification: { label: '北京协和医院 主任医师' },
    });
  });

  it('skips mentions in the text, a nested reply’s users, and a second name without the arrow', () => {
    const doc = loadDocument(
      comment(
        '1',
        avatar('root') + name('root', '人民日报') + name('tag', '作者'),
        `看 <a href="https://www.zhihu.com/people/mention">@新华社</a>`,
        comment('2', avatar('child') + name('child') + arrow + name('root', '人民日报'), '回复'),
      ),
    );
    const found = scanComments(doc, makeContext(QUESTION));
    expect(found.map((a) => [a.key, a.displayName, a.context])).toEqual([
      ['zhihu:root', '人民日报', '看 @新华社'],
      ['zhihu:child', 'child', '回复'],
      ['zhihu:root', '人民日报', undefined],
    ]);
  });

  it('reads a comment from a node added inside it, and skips what was seen', () => {
    const doc = loadDocument(comment('1', avatar('a') + name('a', '人民日报'), 'text'));
    const ctx = makeContext(QUESTION);
    const text = doc.querySelector('.CommentContent')!;
    const [found] = scanComments(text, ctx);
    expect(found?.key).toBe('zhihu:a');
    ctx.seen.add(found!.element);
    expect(scanComments(text, ctx)).toEqual([]);
  });

  it('needs the comment text, and a page-wide data-id does not widen a scan', () => {
    expect(scanComments(loadDocument(`<div data-id="1">${name('a')}</div>`), makeContext(QUESTION))).toEqual([]);
    const doc = loadDocument(`<div data-id="app"><p id="p">x</p>${comment('1', name('a'), 'text')}</div>`);
    expect(scanComments(doc.getElementById('p')!, makeContext(QUESTION))).toEqual([]);
    expect(scanComments(doc, makeContext(QUESTION)).map((a) => a.key)).toEqual(['zhihu:a']);
  });
});
