// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageDataFromMessage } from './page-data';
import { MAX_PAGE_DATA_CHARS, PAGE_DATA_EVENT, PAGE_DATA_REQUEST_EVENT } from './page-data-protocol';
import { MAX_ITEMS, ReadMarks } from './page-data-read-helpers';
import { readPageData, startPageDataReader } from './page-data-reader';
import { WEIBO_READER } from './page-data-site-readers';
import { loadLiveDocument } from './test-helpers';
import { weiboAdapter } from './weibo';
import { weiboVue3Users } from './weibo-vue3';

// A hand-made Vue 3 tree in the shapes yyawf.user.js (tiansh/yawf) reads on weibo.com: feed's
// props.data (an mblog with retweeted_status and rcList[].comments[]), feed-scroll's props.data
// (mblog[]), repost-coment-list's instance data.list[] with replies in comments[]; and
// profile-header, whose props.userInfo is inferred.

type Node3 = Record<string, unknown>;
const user = (id: number, screen_name: string, verified_type = -1) => ({
  id,
  screen_name,
  verified: verified_type >= 0,
  verified_type,
});
const component = (name: Node3, el: Element | null, props: Node3, subTree: Node3 | null = null, data: Node3 = {}) => ({
  el,
  component: { type: name, props, data, subTree },
});
const ids = (users: unknown[]) => users.flatMap((u) => (u && typeof u === 'object' ? [(u as { id: number }).id] : []));

let one: Element;
let two: Element;

beforeEach(() => {
  document.body.innerHTML =
    '<div id="app"><main><article id="one"><a>甲</a></article><article id="two"><a>乙</a></article></main></div>';
  one = document.getElementById('one')!;
  two = document.getElementById('two')!;
  const main = document.querySelector('main')!;
  const mblog = {
    user: user(1, 'author', 1),
    retweeted_status: { user: user(2, 'retweeted', 3) },
    rcList: [{ user: user(3, 'commenter'), comments: [{ user: user(4, 'replier', 0) }] }],
  };
  const feeds = [
    component({ name: 'Feed' }, one, { data: mblog }, { el: one, children: [] }),
    // Reached through a suspense boundary's active branch; named by `__name` (script setup).
    { el: two, suspense: { activeBranch: component({ __name: 'feed' }, two, { data: { user: user(5, 'second') } }) } },
  ];
  const list = component({ name: 'RepostComentList' }, main, {}, null, {
    list: [{ user: user(6, 'detail commenter'), comments: [{ user: user(7, 'detail replier') }] }],
  });
  const header = component({ name: 'ProfileHeader' }, main, { userInfo: user(8, 'profile owner', 0) });
  const toolbar = component({ name: 'FeedToolbar' }, main, { data: { user: user(9, 'not read') } });
  const scroll = component({ name: 'FeedScroll' }, main, { data: [{ user: user(10, 'listed') }] }, { el: main, children: feeds });
  const app = document.getElementById('app') as unknown as Node3;
  app.__vue_app__ = {};
  app._vnode = { el: main, children: ['text', null, scroll, list, header, toolbar] };
});

describe('weibo.com Vue 3 reader (#app._vnode)', () => {
  it('collects the users of feed, feed-scroll, repost-coment-list and profile-header', () => {
    const users: unknown[] = [];
    weiboVue3Users(document, users);
    expect(ids(users).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10]);
  });

  it('reads around the requested element only: other feeds are skipped', () => {
    const users: unknown[] = [];
    weiboVue3Users(one, users);
    // feed-scroll, the list and the header hold the article (their element is <main>); feed two does not.
    expect(ids(users).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 6, 7, 8, 10]);
  });

  it('finds nothing without a Vue 3 root, and stops on a cyclic tree', () => {
    const app = document.getElementById('app') as unknown as Node3;
    const users: unknown[] = [];
    delete app._vnode;
    weiboVue3Users(document, users);
    expect(users).toEqual([]);
    const loop: Node3 = { el: null, children: [] };
    (loop.children as unknown[]).push(loop, loop);
    app._vnode = loop;
    weiboVue3Users(document, users);
    expect(ids(users)).toEqual([]);
  });

  it('sends the users to the isolated world, which validates them (WeiboUserJson)', () => {
    const broken = document.getElementById('app') as unknown as { _vnode: { children: unknown[] } };
    broken._vnode.children.push(component({ name: 'feed' }, null, { data: { user: { id: 'x', screen_name: '' } } }));
    const win = { location: new URL('https://weibo.com/'), document } as unknown as Window;
    const items = readPageData(win, WEIBO_READER, new ReadMarks());
    const entries = pageDataFromMessage(JSON.stringify({ v: 1, url: 'https://weibo.com/', items }), weiboAdapter.pageData);
    expect(items).toHaveLength(10);
    expect(new Map(entries.map(([key, data]) => [key, data.verification?.kind]))).toEqual(
      new Map([
        ['weibo:1', 'government'],
        ['weibo:2', 'media'],
        ['weibo:3', 'none'],
        ['weibo:4', 'personal'],
        ['weibo:5', 'none'],
        ['weibo:6', 'none'],
        ['weibo:7', 'none'],
        ['weibo:8', 'personal'],
        ['weibo:10', 'none'],
      ]),
    );
  });

  it('on the feed fixture, a request on one reply reads the components around it, not the Vue 2 posts', () => {
    const doc = loadLiveDocument('e2e/fixtures/sites/weibo/feed.html');
    const reply = doc.querySelector('a[usercard="7940000006"]')!;
    const win = { location: new URL('https://weibo.com/'), document: doc } as unknown as Window;
    const items = readPageData(win, WEIBO_READER, new ReadMarks(), [reply.parentElement!]);
    const names = items.map((i) => (i.type === 'weibo-user' ? i.user.screen_name : ''));
    expect(names).toContain('火箭军新闻发布');
    expect(names).not.toContain('中国军网');
  });

  it('a feed longer than one answer: the users past its cap come in the next answer, in messages the receiver takes', () => {
    const main = document.querySelector('main')!;
    // A long bio each: 1,500 of them are more than one message may carry (MAX_PAGE_DATA_CHARS).
    const many = Array.from({ length: MAX_ITEMS + 100 }, (_, i) => ({
      user: { ...user(1000 + i, `u${i}`), description: '简介'.repeat(700) },
    }));
    const app = document.getElementById('app') as unknown as Node3;
    app._vnode = { el: main, children: [component({ name: 'FeedScroll' }, main, { data: many })] };
    const win = { location: new URL('https://weibo.com/'), document, Element } as unknown as Window;
    const messages: string[] = [];
    const listener = (e: Event) => messages.push((e as CustomEvent).detail as string);
    document.addEventListener(PAGE_DATA_EVENT, listener);
    const stop = startPageDataReader(win, WEIBO_READER);
    const firstAnswer = messages.length;
    one.dispatchEvent(new CustomEvent(PAGE_DATA_REQUEST_EVENT, { bubbles: true, composed: true }));
    stop();
    document.removeEventListener(PAGE_DATA_EVENT, listener);
    const ids = (from: string[]) => from.flatMap((m) => pageDataFromMessage(m, weiboAdapter.pageData).map(([key]) => key));
    expect(firstAnswer).toBeGreaterThan(1);
    expect(Math.max(...messages.map((m) => m.length))).toBeLessThanOrEqual(MAX_PAGE_DATA_CHARS);
    expect(new Set(ids(messages.slice(0, firstAnswer))).size).toBe(MAX_ITEMS);
    expect(new Set(ids(messages)).size).toBe(MAX_ITEMS + 100);
  });
});
