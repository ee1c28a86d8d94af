// Plain constants without zod: the content script and the detection engine need these lists,
// and taking them from verdict.ts / account.ts would bundle classic zod into the content script.
// Those modules build their zod enums from these, so the lists exist once.

export const FLAG_CATEGORIES = ['military', 'public-institution', 'news-media', 'unqualified-advice'] as const;
export type FlagCategory = (typeof FLAG_CATEGORIES)[number];

export const PLATFORMS = [
  'weibo',
  'douyin',
  'wechat',
  'x',
  'bilibili',
  'zhihu',
  'xiaohongshu',
  'youtube',
  'tiktok',
  'reddit',
  'facebook',
  'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];
