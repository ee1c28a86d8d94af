import type { Platform } from '../schemas/account';

/** A site ClaimCheck supports out of the box, and the hosts it covers. */
export interface SiteHosts {
  platform: Exclude<Platform, 'other' | 'facebook'>;
  /** Host names matched exactly or as a parent domain (www.weibo.com → weibo.com). */
  hosts: readonly string[];
  /** Only the host itself, no subdomains (qq.com's other hosts are not WeChat articles). */
  exact?: boolean;
}

// One constant a site, so that a site's content scripts carry their own hosts only (hosts.ts
// lists them all for the manifest, the popup and the generic adapter).
// Weibo is two sites with no page model in common, each with its own scripts: weibo.com (and
// s.weibo.com, www.weibo.com) and the mobile weibo.cn (m.weibo.cn).
export const WEIBO_COM: SiteHosts = { platform: 'weibo', hosts: ['weibo.com'] };
export const WEIBO_MOBILE: SiteHosts = { platform: 'weibo', hosts: ['weibo.cn'] };
export const X: SiteHosts = { platform: 'x', hosts: ['x.com', 'twitter.com'] };
export const DOUYIN: SiteHosts = { platform: 'douyin', hosts: ['douyin.com'] };
export const WECHAT: SiteHosts = { platform: 'wechat', hosts: ['mp.weixin.qq.com'], exact: true };
export const BILIBILI: SiteHosts = { platform: 'bilibili', hosts: ['bilibili.com'] };
export const ZHIHU: SiteHosts = { platform: 'zhihu', hosts: ['zhihu.com'] };
export const XIAOHONGSHU: SiteHosts = { platform: 'xiaohongshu', hosts: ['xiaohongshu.com'] };
export const YOUTUBE: SiteHosts = { platform: 'youtube', hosts: ['youtube.com'] };
export const TIKTOK: SiteHosts = { platform: 'tiktok', hosts: ['tiktok.com'] };
export const REDDIT: SiteHosts = { platform: 'reddit', hosts: ['reddit.com'] };

/** Match patterns of a site's hosts. */
export function sitePatterns(site: SiteHosts): string[] {
  return site.hosts.flatMap((h) => (site.exact ? [`*://${h}/*`] : [`*://${h}/*`, `*://*.${h}/*`]));
}

/** The host is one of the site's, or (unless exact) a subdomain of one. */
export function siteCovers(site: SiteHosts, host: string): boolean {
  return site.hosts.some((h) => host === h || (!site.exact && host.endsWith(`.${h}`)));
}
