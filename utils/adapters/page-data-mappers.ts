import { readDouyinRenderData } from './douyin';
import { jsonAfter } from './embedded-json';
import { readTikTokUniversalData } from './tiktok';
import type { PageAccountData } from './types';
import { pageDataOfWeiboJson, pageDataOfWeiboUser, WeiboUserJson } from './weibo-verification';
import { pageDataOfUserPage } from './xiaohongshu';
import { pageDataOfVideoOwner, pageDataOfYtInitialData } from './youtube-data';
import { readZhihuInitialData } from './zhihu';

type Entries = [string, PageAccountData][];

/** Mappers for the reader's `picked` items, by `<source>/<name>`; each validates its input. */
export const PICKED_MAPPERS: Record<string, (value: unknown, url: URL) => Entries> = {
  '$render_data/user': (value) => {
    const user = WeiboUserJson.safeParse(value);
    return user.success ? [pageDataOfWeiboUser(user.data)] : [];
  },
  '__INITIAL_STATE__/userPageData': pageDataOfUserPage,
  'ytInitialData/videoOwnerRenderer': (value) => pageDataOfVideoOwner(value),
};

export interface EmbeddedReader {
  matches(url: URL): boolean;
  read(doc: Document, url: URL): Entries;
}

/** Inline scripts whose text holds `marker`, parsed without eval (first match only). */
export function scriptJson(doc: Document, marker: string, tolerant = false): unknown {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (text.includes(marker)) return jsonAfter(text, marker, tolerant);
  }
  return undefined;
}

/** Embedded JSON the isolated world reads from the DOM itself (no MAIN world needed). */
export const EMBEDDED_READERS: EmbeddedReader[] = [
  {
    // m.weibo.cn /detail and /status: `var $render_data = [{status:{user}}][0] || {};`
    matches: (url) => url.hostname === 'm.weibo.cn',
    read: (doc) => pageDataOfWeiboJson(scriptJson(doc, '$render_data =')),
  },
  { matches: (url) => /(^|\.)douyin\.com$/.test(url.hostname), read: readDouyinRenderData },
  { matches: (url) => /(^|\.)zhihu\.com$/.test(url.hostname), read: readZhihuInitialData },
  {
    // `window.__INITIAL_STATE__={…}` is a JS literal (undefined values): parsed tolerantly, no eval.
    matches: (url) => /(^|\.)xiaohongshu\.com$/.test(url.hostname),
    read: (doc, url) => {
      const state = scriptJson(doc, 'window.__INITIAL_STATE__=', true) as { user?: { userPageData?: unknown } } | undefined;
      return pageDataOfUserPage(state?.user?.userPageData, url);
    },
  },
  { matches: (url) => /(^|\.)tiktok\.com$/.test(url.hostname), read: readTikTokUniversalData },
  {
    matches: (url) => /(^|\.)youtube\.com$/.test(url.hostname),
    read: (doc) => pageDataOfYtInitialData(scriptJson(doc, 'var ytInitialData =')),
  },
];
