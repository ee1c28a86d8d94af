import { describe, expect, it } from 'vitest';
import { Report } from '../schemas/report';
import { fitPageUrl, MAX_PAGE_URL } from './page-url';

/** An s.weibo.com search for `n` Chinese characters: each is percent-encoded to nine. */
const weiboSearch = (n: number) => `https://s.weibo.com/weibo?q=${encodeURIComponent('火'.repeat(n))}&Refer=index#top`;
const valid = (url: string) => Report.shape.pageUrl.safeParse(url).success;

describe('fitPageUrl', () => {
  it('keeps a URL within the limit exactly as it is', () => {
    const url = weiboSearch(100);
    expect(fitPageUrl(url)).toBe(url);
  });

  it('drops the fragment first, when that is enough', () => {
    const url = `https://weibo.com/u/1?a=1#${'x'.repeat(MAX_PAGE_URL)}`;
    expect(fitPageUrl(url)).toBe('https://weibo.com/u/1?a=1');
  });

  it('drops the query of a long Chinese search, so the report validates', () => {
    const url = weiboSearch(300);
    expect(url.length).toBeGreaterThan(MAX_PAGE_URL);
    expect(valid(url)).toBe(false);
    expect(fitPageUrl(url)).toBe('https://s.weibo.com/weibo');
    expect(valid(fitPageUrl(url))).toBe(true);
  });

  it('cuts a path that is still too long at a whole character, never inside its %-escapes', () => {
    const origin = 'https://weibo.com/';
    for (let pad = 0; pad < 9; pad++) {
      const url = `${origin}${'a'.repeat(pad)}${encodeURIComponent('中'.repeat(300))}?q=1`;
      const fitted = fitPageUrl(url);
      expect(fitted.length).toBeLessThanOrEqual(MAX_PAGE_URL);
      expect(fitted.length).toBeGreaterThan(MAX_PAGE_URL - 9);
      expect(valid(fitted)).toBe(true);
      // Every character left decodes whole: no lone %E4, no %E4%B8 without its last byte.
      expect(decodeURIComponent(fitted.slice(origin.length + pad))).toMatch(/^中+$/);
    }
  });

  it('cuts a plain ASCII path at the limit', () => {
    const fitted = fitPageUrl(`https://x.com/${'p'.repeat(3000)}`);
    expect(fitted).toBe(`https://x.com/${'p'.repeat(MAX_PAGE_URL - 'https://x.com/'.length)}`);
  });

  it('leaves what it cannot shorten to validation', () => {
    const notUrl = 'x'.repeat(3000);
    expect(fitPageUrl(notUrl)).toBe(notUrl);
    const data = `data:text/plain,${'x'.repeat(3000)}`;
    expect(fitPageUrl(data)).toBe(data);
  });
});
