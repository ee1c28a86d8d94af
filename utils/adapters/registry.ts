import { bilibiliAdapter } from './bilibili';
import { douyinAdapter } from './douyin';
import { genericAdapter } from './generic';
import { mWeiboAdapter } from './m-weibo';
import { redditAdapter } from './reddit';
import { tiktokAdapter } from './tiktok';
import type { SiteAdapter } from './types';
import { wechatAdapter } from './wechat';
import { weiboAdapter } from './weibo';
import { xAdapter } from './x';
import { xiaohongshuAdapter } from './xiaohongshu';
import { youtubeAdapter } from './youtube';
import { zhihuAdapter } from './zhihu';

/**
 * Every site adapter; the first whose `matches` accepts the URL handles the page. The generic
 * adapter comes last and accepts any http(s) page, for sites the user enables by hand.
 */
export const ADAPTERS: readonly SiteAdapter[] = [
  weiboAdapter,
  mWeiboAdapter,
  xAdapter,
  wechatAdapter,
  bilibiliAdapter,
  douyinAdapter,
  zhihuAdapter,
  xiaohongshuAdapter,
  youtubeAdapter,
  tiktokAdapter,
  redditAdapter,
  genericAdapter,
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
