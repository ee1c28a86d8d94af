import type { PageDataItem } from './page-data-protocol';
import { readPageData, type SiteReader } from './page-data-reader';
import {
  BILIBILI_READER,
  M_WEIBO_READER,
  ReadMarks,
  WEIBO_READER,
  X_READER,
  XIAOHONGSHU_READER,
  YOUTUBE_READER,
} from './page-data-site-readers';

export { pick, prune, ReadMarks } from './page-data-site-readers';

/**
 * Every site's MAIN-world reader by host, as the manifest gives them (one script a site, see
 * entrypoints/*-page-data.content.ts): for tests, which read any site's fixture through one call.
 */
export function readerForHost(host: string): SiteReader {
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return X_READER;
  if (/(^|\.)weibo\.com$/.test(host)) return WEIBO_READER;
  if (/(^|\.)weibo\.cn$/.test(host)) return M_WEIBO_READER;
  if (/(^|\.)bilibili\.com$/.test(host)) return BILIBILI_READER;
  if (/(^|\.)youtube\.com$/.test(host)) return YOUTUBE_READER;
  if (/(^|\.)xiaohongshu\.com$/.test(host)) return XIAOHONGSHU_READER;
  return {};
}

/** What the host's reader finds in `win` (under `roots`). */
export function collectPageData(
  win: Window,
  read: ReadMarks = new ReadMarks(),
  roots: readonly ParentNode[] = [win.document],
): PageDataItem[] {
  return readPageData(win, readerForHost(win.location.hostname), read, roots);
}
