import type en from '../../public/_locales/en/messages.json';
import type { Language } from '../schemas/settings';

// No catalogue is imported here (types only), so the content script can translate with the
// few strings the background sends it without carrying both catalogues.

export type Lang = Exclude<Language, 'auto'>;
export type MessageKey = keyof typeof en;

export interface Translate {
  (key: MessageKey, ...args: (string | number)[]): string;
  readonly lang: Lang;
}

/** A translator over a table of messages; `$1`…`$9` are filled from the arguments. */
export function tableTranslator(lang: Lang, lookup: (key: MessageKey) => string | undefined): Translate {
  const t = (key: MessageKey, ...args: (string | number)[]) =>
    (lookup(key) ?? key).replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
  return Object.assign(t, { lang });
}

/** A translator over a few strings only (what a tab received from the background). */
export function stringsTranslator(lang: Lang, strings: Readonly<Record<string, string>>): Translate {
  return tableTranslator(lang, (key) => strings[key]);
}

export function categoryKey(category: string): MessageKey {
  return `category_${category.replace(/-/g, '_')}` as MessageKey;
}

/**
 * Messages whose English noun follows a count, each with the argument that holds the count
 * (0 for $1): each has a `_one` twin (in Chinese the same words).
 */
export const COUNTED = {
  popupScanned: 0,
  chartSummary: 0,
  historyShowing: 1,
  pageOf: 2,
  confirmDeleteTitle: 0,
  deletedCount: 0,
  importDuplicates: 0,
  importQueued: 0,
  importMoreInvalid: 0,
  lastRunSent: 0,
  lastRunSentPending: 0,
} as const satisfies Partial<Record<MessageKey, number>>;
export type CountedKey = keyof typeof COUNTED;

/**
 * `key` with `args`, in its singular form when its count is 1: "1 account checked". Numbers are
 * grouped the reader's way ("10,000 reports"; every argument of these messages is a count).
 */
export function counted(t: Translate, key: CountedKey, ...args: (string | number)[]): string {
  const format = new Intl.NumberFormat(t.lang === 'zh_CN' ? 'zh-CN' : 'en');
  const shown = args.map((a) => (typeof a === 'number' ? format.format(a) : a));
  return t(args[COUNTED[key]] === 1 ? `${key}_one` : key, ...shown);
}
