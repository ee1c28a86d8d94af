// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageDataFromMessage } from './page-data';
import { collectPageData, loadDocument, makeContext } from './test-helpers';
import { xAdapter } from './x';

// X's post header markup (timeline.html), reduced: name block, check, then the @handle link.
const GREY = '<svg data-testid="icon-verified"><g><path fill="#829aab" d="M12.05 2.056c"></path></g></svg>';
const BLUE = '<svg data-testid="icon-verified"><g><path d="M20.396 11c"></path></g></svg>';
const post = (handle: string, name: string, check: string) =>
  `<article><div data-testid="User-Name"><div><div><a href="/${handle}" role="link"><div><div dir="ltr"><span><span>${name}</span></span></div><div dir="ltr"><span>${check}</span></div></div></a></div><div><a href="/${handle}" role="link" tabindex="-1"><div dir="ltr"><span>@${handle}</span></div></a></div></div></div><div data-testid="tweetText">hi</div></article>`;
// A quoted post's header: no links, the name then the handle.
const quoted = (handle: string, name: string) =>
  `<div role="link"><div data-testid="User-Name"><div dir="ltr"><span><span>${name}</span></span></div><div dir="ltr"><span>@${handle}</span></div></div></div>`;
const hangProps = (svg: Element, props: Record<string, unknown>) => {
  (svg.parentElement!.parentElement! as unknown as Record<string, unknown>).__reactProps$x = {
    children: { props: { children: [[{ props }]] } },
  };
};

describe('X: a display name that reads like a handle ("@USArmyReserve")', () => {
  const url = 'https://x.com/USArmyReserve/status/1';
  const doc = () =>
    loadDocument(`<body>${post('USArmyReserve', 'U.S. Army Reserve', GREY)}${post('scam123', '@USArmyReserve', BLUE)}</body>`);

  it('is read as the name of the account that posted, under its own handle', () => {
    const found = xAdapter.scan(doc(), makeContext(url));
    expect(found.map((a) => [a.key, a.displayName, a.verification.kind])).toEqual([
      ['x:usarmyreserve', 'U.S. Army Reserve', 'government'],
      ['x:scam123', '@USArmyReserve', 'paid'],
    ]);
  });

  it("gives the page's data for each check to its own account, never the named one", () => {
    const page = doc();
    const [grey, blue] = Array.from(page.querySelectorAll('svg'));
    hangProps(grey!, { isBlueVerified: false, isVerified: false, verifiedType: 'Government' });
    hangProps(blue!, { isBlueVerified: true, isVerified: false, verifiedType: null });
    const items = collectPageData({ location: new URL(url), document: page } as unknown as Window);
    expect(items.map((i) => (i.type === 'x-props' ? i.handle : ''))).toEqual(['USArmyReserve', 'scam123']);
    const entries = pageDataFromMessage(JSON.stringify({ v: 1, url, items }), xAdapter.pageData);
    const found = xAdapter.scan(page, makeContext(url, entries));
    expect(found.find((a) => a.key === 'x:usarmyreserve')?.verification).toMatchObject({ kind: 'government', source: 'data' });
  });

  it('in a quoted post too; a quoted header with no name gives no account', () => {
    const page = loadDocument(`<body>${quoted('scam123', '@USArmyReserve')}${quoted('NoName', '')}</body>`);
    const found = xAdapter.scan(page, makeContext('https://x.com/home'));
    expect(found.map((a) => [a.key, a.displayName])).toEqual([['x:scam123', '@USArmyReserve']]);
  });
});
