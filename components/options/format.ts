import type { Lang } from '../../utils/i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Date and time in the page's language; formatters are cached because a page of rows calls this often. */
export function formatDateTime(iso: string | number | Date, lang: Lang, dateOnly = false): string {
  const key = `${lang}:${dateOnly}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      lang === 'zh_CN' ? 'zh-CN' : 'en',
      dateOnly ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
    formatters.set(key, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : f.format(d);
}

/** Only an inline JPEG or PNG may be shown: never a remote URL a hostile record could carry. */
export function isSafeScreenshot(src: string | undefined): src is string {
  return !!src && /^data:image\/(jpeg|png);base64,[A-Za-z0-9+/]+=*$/.test(src);
}
