// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bilibiliAdapter } from './bilibili';
import { mWeiboAdapter } from './m-weibo';
import { pageDataFromMessage, readEmbeddedPageData, startPageDataReceiver } from './page-data';
import { PAGE_DATA_EVENT, PAGE_DATA_REQUEST_EVENT } from './page-data-protocol';
import { prune } from './page-data-read-helpers';
import { ADAPTERS } from './registry';
import { collectPageData, loadDocument, readFixture } from './test-helpers';
import type { PageAccountData } from './types';
import { weiboAdapter } from './weibo';
import { xAdapter } from './x';

const message = (items: unknown[]) => JSON.stringify({ v: 1, url: 'https://x.com/home', items });
/** What every site's mapping makes of a message (each maps only its own items). */
const bySites = (detail: unknown, adapters = ADAPTERS) => adapters.flatMap((a) => pageDataFromMessage(detail, a.pageData));

describe('pageDataFromMessage (isolated world, zod)', () => {
  it('maps X React props, Weibo users and Bilibili members, each with its site’s mapping', () => {
    const entries = bySites(
      message([
        {
          type: 'x-props',
          handle: 'Reuters',
          props: {
            isBlueVerified: false,
            verifiedType: 'Business',
            affiliateBadgeInfo: { description: 'Reuters', userLabelType: 'BusinessLabel' },
          },
        },
        { type: 'x-props', handle: 'PLARocketForce_', props: { isBlueVerified: true, verifiedType: null } },
        { type: 'weibo-user', user: { id: 1722022490, screen_name: '中国军网', verified: true, verified_type: 1 } },
        {
          type: 'bili-member',
          member: { mid: '161775300', uname: '明日方舟', official_verify: { type: 1, desc: 'bilibili企业认证' } },
        },
      ]),
      [xAdapter, weiboAdapter, bilibiliAdapter],
    );
    expect(entries).toEqual([
      ['x:reuters', { handle: 'Reuters', verification: { kind: 'organization', label: 'Reuters' } }],
      ['x:plarocketforce_', { handle: 'PLARocketForce_', verification: { kind: 'paid' } }],
      ['weibo:1722022490', { id: '1722022490', displayName: '中国军网', verification: { kind: 'government' } }],
      [
        'bilibili:161775300',
        { id: '161775300', displayName: '明日方舟', verification: { kind: 'organization', label: 'bilibili企业认证' } },
      ],
    ]);
  });

  it('drops malformed, oversized and hostile input', () => {
    expect(bySites('not json')).toEqual([]);
    expect(bySites({ v: 1 })).toEqual([]);
    expect(bySites('x'.repeat(2_000_001))).toEqual([]);
    expect(bySites(JSON.stringify({ v: 2, url: '', items: [] }))).toEqual([]);
    const entries = bySites(
      message([
        { type: 'x-props', handle: '<script>alert(1)</script>', props: { isBlueVerified: true } },
        { type: 'weibo-user', user: { id: 'abc', screen_name: 'x' } },
        { type: 'unknown', anything: 1 },
        { type: 'picked', source: 'nowhere', name: 'x', value: {} },
      ]),
    );
    expect(entries).toEqual([]);
  });
});

describe('MAIN-world reader and receiver over document events', () => {
  it('reads the fixture’s React props and Vue data, and the receiver fills the map', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/x/timeline.html'));
    // The fixture's inline script sets these in a browser; DOMParser does not run it, so mimic it.
    const svg = doc.querySelectorAll('svg[data-testid="icon-verified"]')[2]!;
    (svg.parentElement!.parentElement as unknown as Record<string, unknown>).__reactProps$k3x9 = {
      children: { props: { children: [[{ props: { isBlueVerified: false, verifiedType: 'Business', onClick: () => 1 } }]] } },
    };
    const win = { location: new URL('https://x.com/home'), document: doc } as unknown as Window;
    const items = collectPageData(win);
    expect(items).toEqual([{ type: 'x-props', handle: 'Reuters', props: { isBlueVerified: false, verifiedType: 'Business' } }]);

    const target = new Map<string, PageAccountData>();
    const updates: string[][] = [];
    const receiver = startPageDataReceiver(document, xAdapter.pageData, target, (keys) => updates.push(keys));
    let requested = 0;
    document.addEventListener(PAGE_DATA_REQUEST_EVENT, () => requested++);
    receiver.requestAll();
    expect(requested).toBe(1);
    document.dispatchEvent(
      new CustomEvent(PAGE_DATA_EVENT, { detail: JSON.stringify({ v: 1, url: 'https://x.com/home', items }) }),
    );
    expect(target.get('x:reuters')).toEqual({ handle: 'Reuters', verification: { kind: 'organization' } });
    expect(updates).toEqual([['x:reuters']]);
    receiver.stop();
    document.dispatchEvent(
      new CustomEvent(PAGE_DATA_EVENT, {
        detail: message([{ type: 'x-props', handle: 'NATO', props: { verifiedType: 'Government' } }]),
      }),
    );
    expect(target.has('x:nato')).toBe(false);
  });

  it('prunes page objects to a bounded JSON-safe copy (no functions, DOM nodes or cycles)', () => {
    const cyclic: Record<string, unknown> = { name: 'a'.repeat(5000), fn: () => 1, node: document.body };
    cyclic.self = cyclic;
    const copy = prune(cyclic);
    expect((copy.name as string).length).toBe(2000);
    expect(copy.fn).toBeUndefined();
    expect(copy.node).toBeUndefined();
    expect(() => JSON.stringify(copy)).not.toThrow();
  });

  it('reads embedded $render_data on m.weibo.cn from the isolated world', () => {
    const doc = loadDocument(readFixture('e2e/fixtures/sites/m-weibo/detail.html'));
    const entries = readEmbeddedPageData(doc, new URL('https://m.weibo.cn/detail/5100000000000001'), mWeiboAdapter.pageData);
    expect(entries.map(([key, data]) => [key, data.verification?.kind])).toEqual([['weibo:2656274875', 'media']]);
    expect(readEmbeddedPageData(doc, new URL('https://weibo.com/'), mWeiboAdapter.pageData)).toEqual([]);
    expect(readEmbeddedPageData(doc, new URL('https://weibo.com/'), weiboAdapter.pageData)).toEqual([]);
  });
});

describe('prune budget', () => {
  it('stops copying a wide, deep object at the value budget', () => {
    const wide = (depth: number): Record<string, unknown> =>
      Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, depth > 0 ? wide(depth - 1) : i]));
    const copy = JSON.stringify(prune(wide(2))); // 216,000 values in the source
    expect(copy.length).toBeLessThan(60_000);
  });
});
