import type { Platform } from '../schemas/account';

/** The sites ClaimCheck supports out of the box, and the hosts each one covers. */
export interface SiteHosts {
  platform: Exclude<Platform, 'other' | 'facebook'>;
  /** Host names matched exactly or as a parent domain (www.weibo.com → weibo.com). */
  hosts: readonly string[];
  /** Only the host itself, no subdomains (qq.com's other hosts are not WeChat articles). */
  exact?: boolean;
}

export const SITE_HOSTS: readonly SiteHosts[] = [
  // weibo.com covers s.weibo.com and www.weibo.com; weibo.cn covers m.weibo.cn.
  { platform: 'weibo', hosts: ['weibo.com', 'weibo.cn'] },
  { platform: 'x', hosts: ['x.com', 'twitter.com'] },
  { platform: 'douyin', hosts: ['douyin.com'] },
  { platform: 'wechat', hosts: ['mp.weixin.qq.com'], exact: true },
  { platform: 'bilibili', hosts: ['bilibili.com'] },
  { platform: 'zhihu', hosts: ['zhihu.com'] },
  { platform: 'xiaohongshu', hosts: ['xiaohongshu.com'] },
  { platform: 'youtube', hosts: ['youtube.com'] },
  { platform: 'tiktok', hosts: ['tiktok.com'] },
  { platform: 'reddit', hosts: ['reddit.com'] },
];

const patternsOf = (s: SiteHosts) => s.hosts.flatMap((h) => (s.exact ? [`*://${h}/*`] : [`*://${h}/*`, `*://*.${h}/*`]));

/** Match patterns for the manifest's host permissions: every supported host and its subdomains. */
export const SUPPORTED_HOST_PATTERNS: string[] = SITE_HOSTS.flatMap(patternsOf);

/**
 * Match patterns of one supported platform (its content script runs there and nowhere else), or
 * of some of its hosts, for a platform whose sites get a script each.
 */
export function hostPatternsOf(platform: SiteHosts['platform'], onlyHosts?: readonly string[]): string[] {
  const site = SITE_HOSTS.find((s) => s.platform === platform);
  if (!site) throw new Error(`no hosts for ${platform}`);
  if (onlyHosts?.some((h) => !site.hosts.includes(h))) throw new Error(`${onlyHosts} not all hosts of ${platform}`);
  return patternsOf(onlyHosts ? { ...site, hosts: onlyHosts } : site);
}

/** The platform a URL belongs to, or "other" for any site ClaimCheck does not know. */
export function platformOfUrl(url: string): Platform {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  for (const site of SITE_HOSTS) {
    if (site.hosts.some((h) => host === h || (!site.exact && host.endsWith(`.${h}`)))) return site.platform;
  }
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  return 'other';
}
