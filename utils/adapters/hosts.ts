import type { Platform } from '../schemas/account';
import {
  BILIBILI,
  DOUYIN,
  REDDIT,
  type SiteHosts,
  siteCovers,
  sitePatterns,
  TIKTOK,
  WECHAT,
  WEIBO_COM,
  WEIBO_MOBILE,
  X,
  XIAOHONGSHU,
  YOUTUBE,
  ZHIHU,
} from './site-hosts';

/** The sites ClaimCheck supports out of the box, and the hosts each one covers. */
export const SITE_HOSTS: readonly SiteHosts[] = [
  WEIBO_COM,
  WEIBO_MOBILE,
  X,
  DOUYIN,
  WECHAT,
  BILIBILI,
  ZHIHU,
  XIAOHONGSHU,
  YOUTUBE,
  TIKTOK,
  REDDIT,
];

/** Match patterns for the manifest's host permissions: every supported host and its subdomains. */
export const SUPPORTED_HOST_PATTERNS: string[] = SITE_HOSTS.flatMap((s) => sitePatterns(s));

/** The platform a URL belongs to, or "other" for any site ClaimCheck does not know. */
export function platformOfUrl(url: string): Platform {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  for (const site of SITE_HOSTS) {
    if (siteCovers(site, host)) return site.platform;
  }
  if (host === 'facebook.com' || host.endsWith('.facebook.com')) return 'facebook';
  return 'other';
}
