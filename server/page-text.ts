/**
 * The HTML page's fixed text in Chinese and English. One language per page, chosen from the
 * browser's Accept-Language, with a link to the other one (`?lang=`), rather than both side by
 * side: a reviewer reads this table for hours, and eight doubled column headings and doubled
 * notices make it slower to scan for no gain to someone who reads one of the two. The switch
 * covers a shared machine or a browser set to the "wrong" language; it is a plain link, since
 * the page's Content-Security-Policy allows no script.
 */
export type PageLanguage = 'zh' | 'en';

export interface PageText {
  htmlLang: string;
  title: string;
  columns: readonly [string, string, string, string, string, string, string, string];
  summary: (total: number) => string;
  newest: string;
  older: string;
  empty: string;
  unreadable: string;
  /** The link to the page in the other language, named in that language. */
  switchTo: { language: PageLanguage; label: string };
}

export const PAGE_TEXT: Record<PageLanguage, PageText> = {
  zh: {
    htmlLang: 'zh-CN',
    title: 'ClaimCheck 举报',
    columns: ['收到时间', '平台', '账号', '认证', '类别', '信号', '备注', '页面'],
    summary: (total) => `共收到 ${total} 份举报，最新的在前。`,
    newest: '最新',
    older: '更早的举报 →',
    empty: '本页没有举报。',
    unreadable: '存储的内容无法读取',
    switchTo: { language: 'en', label: 'English' },
  },
  en: {
    htmlLang: 'en',
    title: 'ClaimCheck reports',
    columns: ['Received', 'Platform', 'Account', 'Verification', 'Category', 'Signals', 'Note', 'Page'],
    summary: (total) => `${total} received in all, newest first.`,
    newest: 'Newest',
    older: 'Older reports →',
    empty: 'No reports on this page.',
    unreadable: 'stored content is not readable',
    switchTo: { language: 'zh', label: '中文' },
  },
};

/** For a browser that names neither language: English is the one more reviewers share. */
const FALLBACK: PageLanguage = 'en';

/**
 * `?lang=zh|en` (the switch) wins; otherwise the first of zh / en in the browser's
 * Accept-Language by preference (q), ignoring q=0 ("not this one"). Any zh-* reads Chinese.
 */
export function pickPageLanguage(queryLang: string | undefined, acceptLanguage: string | undefined): PageLanguage {
  if (queryLang === 'zh' || queryLang === 'en') return queryLang;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, order) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q === undefined ? 1 : Number(q), order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  const match = ranked.find((entry) => entry.primary === 'zh' || entry.primary === 'en');
  return (match?.primary as PageLanguage | undefined) ?? FALLBACK;
}
