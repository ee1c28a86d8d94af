import type { Platform } from '../schemas/account';

/** The sites ClaimCheck supports out of the box, and the hosts each one covers. */
export interface SiteHosts {
  platform: Exclude<Platform, 'other' | 'facebook'>;
  /** Host names matched exactly or as a parent domain (www.weibo.com → weibo.com). */
  hosts: readonly string[];
}

export const SITE_HOSTS: readonly SiteHosts[] = [
  { platform: 'weibo', hosts: ['weibo.com', 'm.weibo.cn', 's.weibo.com'] },
  { platform: 'x', hosts: ['x.com', 'twitter.com'] },
  { platform: 'douyin', hosts: ['douyin.com'] },
  { platform: 'wechat', hosts: ['mp.weixin.qq.com'] },
  { platform: 'bilibili', hosts: ['bilibili.com'] },
  { platform: 'zhihu', hosts: ['zhihu.com'] },
  { platform: 'xiaohongshu', hosts: ['xiaohongshu.com'] },
  { platform: 'youtube', hosts: ['youtube.com'] },
  { platform: 'tiktok', hosts: ['tiktok.com'] },
  { platform: 'reddit', hosts: ['reddit.com'] },
];

/** Match patterns for the manifest and the content script: the host and its subdomains. */
export const SUPPORTED_HOST_PATTERNS: string[] = SITE_HOSTS.flatMap((s) =>
  s.hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]),
);

/** The platform a URL belongs to, or "other" for any site ClaimCheck does not know. */
export function platformOfUrl(url: string): Platform {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  for (const site of SITE_HOSTS) {
    if (site.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return site.platform;
  }
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  return 'other';
}
