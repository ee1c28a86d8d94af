import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from './hosts';
import { ADAPTERS, adapterFor } from './registry';

describe('adapterFor', () => {
  it.each([
    ['https://weibo.com/u/1722022490', 'weibo'],
    ['https://www.weibo.com/', 'weibo'],
    ['https://s.weibo.com/weibo?q=x', 'weibo'],
    ['https://m.weibo.cn/detail/5100000000000001', 'm-weibo'],
    ['https://x.com/home', 'x'],
    ['https://twitter.com/USArmy', 'x'],
    ['https://mobile.twitter.com/USArmy', 'x'],
    ['https://mp.weixin.qq.com/s/abc', 'wechat'],
    ['https://www.bilibili.com/video/BV1xx', 'bilibili'],
    ['https://space.bilibili.com/161775300', 'bilibili'],
    ['https://www.douyin.com/video/1', 'douyin'],
    ['https://www.zhihu.com/question/1', 'zhihu'],
    ['https://zhuanlan.zhihu.com/p/1', 'zhihu'],
    ['https://www.xiaohongshu.com/explore', 'xiaohongshu'],
    ['https://www.youtube.com/watch?v=x', 'youtube'],
    ['https://m.youtube.com/@x', 'youtube'],
    ['https://www.tiktok.com/@x', 'tiktok'],
    ['https://www.reddit.com/r/x', 'reddit'],
    ['https://old.reddit.com/r/x', 'reddit'],
    ['https://forum.example/t/1', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id).toBe(id);
  });

  it('does not confuse lookalike hosts', () => {
    expect(adapterFor(new URL('https://notweibo.com/'))?.id).toBe('generic');
    expect(adapterFor(new URL('https://x.com.evil.example/'))?.id).toBe('generic');
    expect(adapterFor(new URL('https://weibo.com.cn/'))?.id).toBe('generic');
    expect(adapterFor(new URL('https://mp.weixin.qq.com.evil.example/s/1'))?.id).toBe('generic');
  });

  it('has no adapter for non-web URLs', () => {
    expect(adapterFor(new URL('chrome-extension://abc/popup.html'))).toBeUndefined();
    expect(adapterFor(new URL('file:///tmp/a.html'))).toBeUndefined();
  });

  it('covers every supported host with a site adapter whose platform matches', () => {
    for (const site of SITE_HOSTS) {
      for (const host of site.hosts) {
        const adapter = adapterFor(new URL(`https://${host}/`));
        expect(adapter?.platform, host).toBe(site.platform);
      }
    }
  });

  it('names each adapter after its file and lists generic last', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('generic');
  });
});
