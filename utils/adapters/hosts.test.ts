import { describe, expect, it } from 'vitest';
import { platformOfUrl, SUPPORTED_HOST_PATTERNS } from './hosts';

describe('supported hosts', () => {
  it.each([
    ['https://weibo.com/u/1', 'weibo'],
    ['https://s.weibo.com/weibo?q=x', 'weibo'],
    ['https://m.weibo.cn/detail/1', 'weibo'],
    ['https://x.com/home', 'x'],
    ['https://mobile.twitter.com/a', 'x'],
    ['https://mp.weixin.qq.com/s/abc', 'wechat'],
    ['https://www.qq.com/', 'other'],
    ['https://www.douyin.com/user/MS4w', 'douyin'],
    ['https://space.bilibili.com/1', 'bilibili'],
    ['https://www.facebook.com/zuck', 'facebook'],
    ['https://notweibo.com/', 'other'],
    ['https://weibo.com.evil.example/', 'other'],
    ['not a url', 'other'],
  ])('%s → %s', (url, platform) => {
    expect(platformOfUrl(url)).toBe(platform);
  });

  it('ask for each site and its subdomains, and no wider', () => {
    expect(SUPPORTED_HOST_PATTERNS).toContain('*://*.weibo.com/*');
    expect(SUPPORTED_HOST_PATTERNS).toContain('*://mp.weixin.qq.com/*');
    expect(SUPPORTED_HOST_PATTERNS.some((p) => p.includes('*.qq.com') || p.includes('<all_urls>'))).toBe(false);
    expect(new Set(SUPPORTED_HOST_PATTERNS).size).toBe(SUPPORTED_HOST_PATTERNS.length);
  });
});
