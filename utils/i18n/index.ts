import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import type { Language } from '../schemas/settings';

export type Lang = Exclude<Language, 'auto'>;
export type MessageKey = keyof typeof en;
type Catalog = Record<string, { message: string }>;

const CATALOGS: Record<Lang, Catalog> = { en, zh_CN: zhCN };

/**
 * "auto" follows the browser's UI language: Chinese (any zh-*) gets 简体中文, the rest English.
 * Both catalogues are bundled, so the language setting can override the browser's choice
 * (browser.i18n.getMessage cannot).
 */
export function resolveLang(setting: Language, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(uiLanguage) ? 'zh_CN' : 'en';
}

export interface Translate {
  (key: MessageKey, ...args: (string | number)[]): string;
  readonly lang: Lang;
}

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  const t = (key: MessageKey, ...args: (string | number)[]) => {
    const message = catalog[key]?.message ?? en[key]?.message ?? key;
    return message.replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ''));
  };
  return Object.assign(t, { lang });
}

export function categoryKey(category: string): MessageKey {
  return `category_${category.replace(/-/g, '_')}` as MessageKey;
}
