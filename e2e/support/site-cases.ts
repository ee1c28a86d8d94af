/**
 * One flagged account per site for the in-page actions (e2e/sites-in-page.e2e.ts): where it
 * shows, what its popover must say (from the fixtures' descriptions in fixtures/sites/README.md),
 * how the page adds more of its kind, and where an in-page navigation leads.
 */
export interface SiteCase {
  url: string;
  /** A flagged account's name there, and what its popover says of it. */
  name: string;
  category: 'Military' | 'News media';
  verification: string;
  /** The page adds an item like the one holding `name` (a post, card, comment); or why it has none. */
  append: { item: string } | { bilibiliThread: { mid: string; name: string } } | { none: string };
  /** The account "Trust this account" is pressed for (default `name`). */
  trust?: string;
  /** A pushState navigation to another page of the site: the account flagged there, the ones that go. */
  navigate: { to: string; flagged?: string; genuine?: string; gone: string[] } | { none: string };
}

const NONE = 'No verification badge';
/** A view that shows no badge either way (an article, a comment, a feed card). */
const UNSEEN = 'Unknown (not shown or not readable)';

export const SITE_CASES: SiteCase[] = [
  {
    url: 'http://weibo.com/',
    name: '中国人民解放军火箭军司令部',
    category: 'Military',
    verification: NONE,
    append: { item: 'article' },
    trust: '武警部队官方',
    navigate: { to: '/u/7910000001', flagged: '中国人民解放军火箭军司令部', gone: ['央視新聞', '火箭军新闻发布'] },
  },
  {
    url: 'http://m.weibo.cn/',
    name: '中国人民解放军火箭军司令部',
    category: 'Military',
    verification: NONE,
    append: { item: '.wb-item-wrap' },
    navigate: { to: '/detail/5100000000000001', flagged: '央视新闻客户端', gone: ['中国人民解放军火箭军司令部'] },
  },
  {
    url: 'http://x.com/home',
    name: 'US Army Command',
    category: 'Military',
    verification: NONE,
    append: { item: '[data-testid="cellInnerDiv"]' },
    navigate: { to: '/PLARocketForce_', flagged: 'Strategic Missile Force', gone: ['Reuters News Desk'] },
  },
  {
    url: 'http://mp.weixin.qq.com/s/fixture-article',
    name: '中国人民解放军火箭军司令部',
    category: 'Military',
    verification: UNSEEN,
    append: { none: 'a WeChat article shows one account, and no feed that grows' },
    navigate: { to: '/profile', flagged: '中国人民解放军火箭军', gone: [] },
  },
  {
    url: 'https://www.bilibili.com/video/BV1fixture',
    name: '中国人民解放军火箭军',
    category: 'Military',
    verification: NONE,
    // A new commenter in a new thread: a comment renderer built in nested shadow roots.
    append: { bilibiliThread: { mid: '3546000009', name: '东部战区司令部' } },
    navigate: { to: '/video/BV1legacy', flagged: '武警部队官方', gone: ['央视新闻客服', '东部战区司令部'] },
  },
  {
    url: 'https://www.douyin.com/video/7300000000000000001',
    name: '中国人民解放军火箭军司令部',
    category: 'Military',
    verification: NONE,
    append: { item: '[data-e2e="comment-item"]' },
    navigate: { to: '/video/7300000000000000003', genuine: '央视新闻', gone: ['中国人民解放军火箭军司令部'] },
  },
  {
    url: 'https://www.zhihu.com/question/600000001',
    name: '东部战区司令部',
    category: 'Military',
    verification: UNSEEN,
    append: { item: '.List-item' },
    navigate: { to: '/org/cctv-news', genuine: '央视新闻', gone: ['中国人民解放军火箭军'] },
  },
  {
    url: 'https://www.xiaohongshu.com/explore',
    name: '人民日報',
    category: 'News media',
    verification: UNSEEN,
    append: { item: 'section.note-item' },
    trust: '人民日报客服',
    navigate: { to: '/user/profile/65a1b2c3d4e5f60718293a4b', flagged: '人民日報', gone: ['人民日报客服'] },
  },
  {
    url: 'https://www.youtube.com/watch?v=fixture',
    name: '@CCTV-Official-News',
    category: 'News media',
    verification: NONE,
    append: { item: 'ytd-comment-thread-renderer' },
    navigate: { to: '/@StrategicMissileForce', flagged: 'Strategic Missile Force', gone: ['@MinistryOfDefenseNews'] },
  },
  {
    url: 'https://www.tiktok.com/foryou',
    name: 'PLA Rocket Force Command',
    category: 'Military',
    verification: NONE,
    append: { item: '[data-e2e="recommend-list-item-container"]' },
    navigate: { to: '/@missileforce_official', flagged: 'Strategic Missile Force', gone: [] },
  },
  {
    url: 'https://www.reddit.com/r/worldnews/comments/1abcde/official_statement/',
    name: 'Reuters_NewsDesk',
    category: 'News media',
    verification: NONE,
    append: { item: 'shreddit-comment' },
    navigate: { none: 'one fixture page per Reddit host' },
  },
  {
    url: 'https://old.reddit.com/r/worldnews/comments/1abcde/official_statement/',
    name: 'Reuters_NewsDesk',
    category: 'News media',
    verification: NONE,
    append: { item: '.thing' },
    navigate: { none: 'one fixture page per Reddit host' },
  },
];
