// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { pageDataFromMessage } from './page-data';
import { PAGE_DATA_EVENT, PAGE_DATA_REQUEST_EVENT } from './page-data-protocol';
import { ReadMarks } from './page-data-read-helpers';
import { startPageDataReader } from './page-data-reader';
import { brief, collectPageData, loadLiveDocument, makeContext, readerForHost } from './test-helpers';
import type { SitePageData } from './types';
import { weiboAdapter } from './weibo';
import { xAdapter } from './x';

// The fixtures' own inline scripts set what the MAIN-world reader looks for (React props on X,
// Vue instances on weibo.com); here they run in happy-dom, and the reader → receiver → adapter
// chain is checked end to end, as the e2e does in Chromium.
function readerEntries(doc: Document, url: string, site: SitePageData | undefined) {
  const items = collectPageData({ location: new URL(url), document: doc } as unknown as Window);
  return { items, entries: pageDataFromMessage(JSON.stringify({ v: 1, url, items }), site) };
}

describe('MAIN-world reader on the fixtures', () => {
  it('X: reads each check’s React props, so blue, gold and grey come from data', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/x/timeline.html');
    const { items, entries } = readerEntries(doc, 'https://x.com/home', xAdapter.pageData);
    expect(items.map((i) => (i.type === 'x-props' ? i.handle : ''))).toEqual([
      'PLARocketForce_',
      'WhiteHouse',
      'Reuters',
      'USArmy',
      'NATO',
    ]);
    const found = xAdapter.scan(doc, makeContext('https://x.com/home', entries));
    expect(found.filter((a) => a.layer === 'data').map(brief)).toEqual([
      ['x:plarocketforce_', 'Strategic Missile Force', 'paid', 'data'],
      ['x:whitehouse', 'The White House', 'government', 'data'],
      ['x:reuters', 'Reuters', 'organization', 'data'],
      ['x:usarmy', 'U.S. Army', 'government', 'data'],
      ['x:nato', 'NATO', 'government', 'data'],
    ]);
  });

  it('weibo.com: reads userInfo from the Vue 2 instances, so 中国军网 is government', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/weibo/feed.html');
    const { entries } = readerEntries(doc, 'https://weibo.com/', weiboAdapter.pageData);
    expect(entries.slice(0, 3).map(([key, data]) => [key, data.verification?.kind])).toEqual([
      ['weibo:1722022490', 'government'],
      ['weibo:7910000001', 'none'],
      ['weibo:1888000002', 'personal'],
    ]);
    const [army] = weiboAdapter.scan(doc, makeContext('https://weibo.com/', entries));
    expect(army?.verification).toEqual({ kind: 'government', label: '中国军网官方微博', source: 'data' });
  });

  it('weibo.com: reads the Vue 3 tree from #app._vnode, so the reply 火箭军新闻发布 shows its personal V', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/weibo/feed.html');
    const { entries } = readerEntries(doc, 'https://weibo.com/', weiboAdapter.pageData);
    expect(new Map(entries.slice(3).map(([key, data]) => [key, data.verification?.kind]))).toEqual(
      new Map([
        ['weibo:2656274875', 'media'],
        ['weibo:7920000003', 'none'],
        ['weibo:7930000004', 'none'],
        ['weibo:7940000006', 'personal'],
        ['weibo:1999000005', 'personal'],
        ['weibo:1888000002', 'personal'],
        ['weibo:1777000007', 'personal'],
      ]),
    );
    const found = weiboAdapter.scan(doc, makeContext('https://weibo.com/', entries));
    expect(found.filter((a) => a.element.closest('.item2')).map(brief)).toEqual([
      ['weibo:2656274875', '央视新闻', 'media', 'data'],
      ['weibo:7940000006', '火箭军新闻发布', 'personal', 'data'],
      ['weibo:1888000002', '协和张医生', 'personal', 'data'],
      ['weibo:1777000007', '摄影师阿杰', 'personal', 'data'],
    ]);
  });
});

describe('MAIN-world reader on the X profile header (check inside role=button)', () => {
  it('reads the props from closest("span").parentElement, as CPFT does there, and not the why-verified popup', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/x/profile-government.html');
    const { entries } = readerEntries(doc, 'https://x.com/USArmy', xAdapter.pageData);
    // The popup's check carries the same props and links @DeptofDefense: no entry for it.
    expect(entries).toEqual([
      ['x:usarmy', { handle: 'USArmy', verification: { kind: 'government', label: 'U.S. Department of Defense' } }],
    ]);
  });
});

describe('MAIN-world reader across requests', () => {
  it('sends each check once: a second request on an unchanged page reads nothing, a new post only itself', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/x/timeline.html');
    const win = { location: new URL('https://x.com/home'), document: doc } as unknown as Window;
    const read = new ReadMarks();
    expect(collectPageData(win, read)).toHaveLength(5);
    expect(collectPageData(win, read)).toEqual([]);
    const cell = doc.querySelector('[data-testid="cellInnerDiv"]')!;
    const copy = cell.cloneNode(true) as Element;
    // A clone has the markup but not React's props: copy them as React would render them.
    const from = cell.querySelectorAll('svg[data-testid="icon-verified"]');
    copy.querySelectorAll('svg[data-testid="icon-verified"]').forEach((svg, i) => {
      const holder = from[i]!.parentElement!.parentElement as unknown as Record<string, unknown>;
      const key = Object.keys(holder).find((k) => k.startsWith('__reactProps$'))!;
      (svg.parentElement!.parentElement as unknown as Record<string, unknown>)[key] = holder[key];
    });
    cell.parentElement!.append(copy);
    expect(collectPageData(win, read).length).toBe(copy.querySelectorAll('svg[data-testid="icon-verified"]').length);
  });
});

describe('MAIN-world reader started on a page', () => {
  it('reads the whole page first, then around the one account a request is aimed at', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/x/timeline.html');
    const win = { location: new URL('https://x.com/home'), document: doc, Element } as unknown as Window;
    const got: string[][] = [];
    doc.addEventListener(PAGE_DATA_EVENT, (e) => {
      const message = JSON.parse((e as CustomEvent).detail as string) as { items: { handle?: string }[] };
      got.push(message.items.map((i) => i.handle ?? ''));
    });
    const stop = startPageDataReader(win, readerForHost('x.com'));
    expect(got).toEqual([['PLARocketForce_', 'WhiteHouse', 'Reuters', 'USArmy', 'NATO']]);
    // Two posts arrive (copies of the first, with React's props as React would render them).
    const cell = doc.querySelector('[data-testid="cellInnerDiv"]')!;
    const holderOf = (svg: Element) => svg.parentElement!.parentElement as unknown as Record<string, unknown>;
    const from = holderOf(cell.querySelector('svg[data-testid="icon-verified"]')!);
    const key = Object.keys(from).find((k) => k.startsWith('__reactProps$'))!;
    const copies = [0, 1].map(() => {
      const copy = cell.cloneNode(true) as Element;
      holderOf(copy.querySelector('svg[data-testid="icon-verified"]')!)[key] = from[key];
      cell.parentElement!.append(copy);
      return copy;
    });
    const wholePage = vi.spyOn(doc, 'querySelectorAll');
    const name = copies[1]!.querySelector('[data-testid="User-Name"] span span')!;
    name.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST_EVENT, { bubbles: true, composed: true }));
    expect(wholePage).not.toHaveBeenCalled();
    wholePage.mockRestore();
    // Only the account asked about: the other new post's check is not read.
    expect(got[1]).toEqual(['PLARocketForce_']);
    const unread = copies[0]!.querySelector('svg[data-testid="icon-verified"]')!;
    doc.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST_EVENT, { detail: 'all' }));
    expect(got[2]).toHaveLength(7);
    expect(unread.isConnected).toBe(true);
    stop();
  });
});
