// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bilibiliAdapter } from './bilibili';
import { ReadMarks } from './page-data-read-helpers';
import { readPageData } from './page-data-reader';
import { BILIBILI_READER } from './page-data-site-readers';
import { loadLiveDocument, makeContext } from './test-helpers';

// A request names one comment (comments load as the reader scrolls, after the first whole read):
// its scope must hold the renderer whose data.member is that comment's author.
describe('Bilibili reader: the scope of one comment', () => {
  const url = 'https://www.bilibili.com/video/BV1fixture';
  const doc = loadLiveDocument('e2e/fixtures/sites/bilibili/video.html');
  const win = { location: new URL(url), document: doc } as unknown as Window;
  const membersFor = (element: Element) => {
    const scope = BILIBILI_READER.scope!(element);
    if (!scope) return [];
    return readPageData(win, BILIBILI_READER, new ReadMarks(), [scope]).map((i) =>
      i.type === 'bili-member' ? String(i.member.mid) : '',
    );
  };

  it('reads the author of each comment and reply the adapter finds', () => {
    // Comment names are in shadow roots; the uploader's is in the document.
    const comments = bilibiliAdapter.scan(doc, makeContext(url)).filter((a) => a.element.getRootNode() !== doc);
    expect(comments.map((a) => a.id)).toEqual(['3546000001', '456664753', '3546000002']);
    for (const account of comments) expect(membersFor(account.element)).toContain(account.id);
  });

  it('reads a thread loaded after the first read', () => {
    (
      doc.defaultView as unknown as { fixtureAddCommentThread: (mid: string, uname: string, msg: string) => void }
    ).fixtureAddCommentThread('3546000009', '央视新闻', '新评论');
    const added = bilibiliAdapter.scan(doc, makeContext(url)).find((a) => a.id === '3546000009');
    expect(added).toBeDefined();
    expect(membersFor(added!.element)).toEqual(['3546000009']);
  });
});
