import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/extension-session';
import { flaggedNames } from './support/flagged-names';

/**
 * Each supported site's fixture pages, served under the real host names: the impostors there
 * are flagged, the genuine verified accounts are not. Names come from the fixtures' own
 * descriptions (e2e/fixtures/sites/README.md), not from running the engine.
 */
const PAGES: { url: string; flagged: string[]; genuine: string[] }[] = [
  {
    url: 'http://weibo.com/',
    flagged: ['中国人民解放军火箭军司令部', '央視新聞', '武警部队官方', '火箭军新闻发布'],
    genuine: ['中国军网', '央视新闻', '协和张医生'],
  },
  { url: 'http://weibo.com/u/7910000001', flagged: ['中国人民解放军火箭军司令部'], genuine: [] },
  { url: 'http://weibo.com/1722022490', flagged: [], genuine: ['中国军网'] },
  { url: 'http://s.weibo.com/weibo?q=%E7%81%AB%E7%AE%AD%E5%86%9B', flagged: ['火箭军司令部发布'], genuine: ['中国军网'] },
  { url: 'http://m.weibo.cn/', flagged: ['中国人民解放军火箭军司令部'], genuine: ['中国军网', '余霜YSCandice'] },
  { url: 'http://m.weibo.cn/detail/5100000000000001', flagged: ['央视新闻客户端'], genuine: ['央视新闻'] },
  {
    url: 'http://x.com/home',
    flagged: ['Strategic Missile Force', 'Reuters News Desk', 'US Army Command'],
    genuine: ['Reuters', 'U.S. Army', 'NATO', 'The White House'],
  },
  { url: 'http://x.com/PLARocketForce_', flagged: ['Strategic Missile Force'], genuine: [] },
  { url: 'https://twitter.com/USArmy', flagged: [], genuine: ['U.S. Army'] },
  { url: 'http://mp.weixin.qq.com/s/fixture-article', flagged: ['中国人民解放军火箭军司令部'], genuine: [] },
  { url: 'http://mp.weixin.qq.com/profile', flagged: ['中国人民解放军火箭军'], genuine: [] },
  { url: 'http://mp.weixin.qq.com/profile-verified', flagged: [], genuine: ['中国军网'] },
  { url: 'https://www.bilibili.com/video/BV1fixture', flagged: ['中国人民解放军火箭军', '央视新闻客服'], genuine: ['央视新闻'] },
  { url: 'https://www.bilibili.com/video/BV1legacy', flagged: ['武警部队官方', '新华社记者站'], genuine: ['新华社'] },
  { url: 'https://space.bilibili.com/3546000001', flagged: ['中国人民解放军火箭军'], genuine: [] },
  { url: 'https://www.douyin.com/video/7300000000000000001', flagged: ['中国人民解放军火箭军司令部'], genuine: [] },
  // Page data without the author (aweme null): the badge text names the body's own account.
  { url: 'https://www.douyin.com/video/7300000000000000003', flagged: [], genuine: ['央视新闻'] },
  { url: 'https://www.douyin.com/user/MS4wLjABAAAAcctvnews00000000000000000000000000000', flagged: [], genuine: ['央视新闻'] },
  // No badge, while a verified viewer is signed in (app.user.info): the viewer's data stays the viewer's.
  {
    url: 'https://www.douyin.com/user/MS4wLjABAAAAimpostor0rocketforce0000000000000000',
    flagged: ['中国人民解放军火箭军司令部'],
    genuine: [],
  },
  // The feed after a swipe: the current slide's impostor, keyed by its avatar link; RENDER_DATA (the first video's author only) does not reach it.
  { url: 'https://www.douyin.com/?recommend=1', flagged: ['中国人民解放军火箭军司令部'], genuine: [] },
  {
    url: 'https://www.zhihu.com/question/600000001',
    flagged: ['中国人民解放军火箭军', '东部战区司令部'],
    genuine: ['李华医生', '央视新闻'],
  },
  { url: 'https://www.zhihu.com/org/cctv-news', flagged: [], genuine: ['央视新闻'] },
  { url: 'https://www.xiaohongshu.com/user/profile/65a1b2c3d4e5f60718293a4b', flagged: ['人民日報'], genuine: [] },
  {
    url: 'https://www.xiaohongshu.com/explore/6710a1b2000000001a02c3d4',
    flagged: ['股票老师带你稳赚'],
    genuine: ['爱吃草莓的猫'],
  },
  {
    url: 'https://www.youtube.com/watch?v=fixture',
    flagged: ['@CCTV-Official-News', '@MinistryOfDefenseNews'],
    genuine: ['CCTV Video News Agency'],
  },
  { url: 'https://www.youtube.com/@StrategicMissileForce', flagged: ['Strategic Missile Force'], genuine: [] },
  { url: 'https://www.youtube.com/@NATO/videos', flagged: [], genuine: ['NATO'] },
  // A channel opened by its id: the header data (verified) must reach the account keyed by that id.
  { url: 'https://www.youtube.com/channel/UCDefenceHQfix7ure000001', flagged: [], genuine: ['Ministry of Defence'] },
  { url: 'https://www.tiktok.com/foryou', flagged: ['PLA Rocket Force Command'], genuine: ['CCTV Video News'] },
  { url: 'https://www.tiktok.com/@missileforce_official', flagged: ['Strategic Missile Force'], genuine: [] },
  {
    url: 'https://www.tiktok.com/@cctvvideonews/video/7300000000000000002',
    flagged: ['CCTV News Official'],
    genuine: ['CCTV Video News', 'Reuters'],
  },
  {
    url: 'https://www.reddit.com/r/worldnews/comments/1abcde/official_statement/',
    flagged: ['Reuters_NewsDesk'],
    genuine: ['history_buff_42'],
  },
  { url: 'https://old.reddit.com/r/worldnews/comments/1abcde/official_statement/', flagged: ['Reuters_NewsDesk'], genuine: [] },
];

describe('site adapters in the page', () => {
  const env = useExtensionBrowser();

  it.each(PAGES)('$url', async ({ url, flagged, genuine }) => {
    await env.page.goto(url);
    for (const name of flagged) {
      await expect
        .poll(async () => (await flaggedNames(env.page)).some((n) => n.includes(name)), {
          timeout: 10_000,
          message: `${name} flagged`,
        })
        .toBe(true);
    }
    // Give a late verdict (page data arriving after the DOM) time to land before checking absences.
    await env.page.waitForTimeout(flagged.length ? 300 : 1500);
    const names = await flaggedNames(env.page);
    for (const name of genuine) {
      expect(await env.page.getByText(name, { exact: true }).count(), `${name} is on the page`).toBeGreaterThan(0);
      expect(names, `${name} must not be flagged`).not.toContain(name);
    }
    for (const el of await env.page.locator('[data-claimcheck-flag]').all()) {
      expect(await el.getAttribute('data-claimcheck-severity')).toMatch(/^(low|medium|high)$/);
    }
  });
});
