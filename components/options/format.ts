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

const shortDays = new Map<Lang, Intl.DateTimeFormat>();

/** Month and day the page's language's way ("Nov 23", "11月23日"): a chart's week labels. */
export function formatShortDay(d: Date, lang: Lang): string {
  let f = shortDays.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'zh_CN' ? 'zh-CN' : 'en', { month: 'short', day: 'numeric' });
    shortDays.set(lang, f);
  }
  return f.format(d);
}

/** The local calendar day as YYYY-MM-DD (a file name's date: toISOString's UTC day is off by one overnight in China). */
export function localDay(d = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A count grouped as the page's language writes it ("10,000", not "10000"). */
export function formatCount(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh_CN' ? 'zh-CN' : 'en');
    numberFormats.set(lang, f);
  }
  return f.format(n);
}
