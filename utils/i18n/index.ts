import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import type { Language } from '../schemas/settings';
import { type Lang, type MessageKey, type Translate, tableTranslator } from './core';
import { PAGE_STRING_KEYS } from './page-strings';

export {
  type CountedKey,
  categoryKey,
  counted,
  type Lang,
  type MessageKey,
  stringsTranslator,
  type Translate,
} from './core';

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

export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  return tableTranslator(lang, (key: MessageKey) => catalog[key]?.message ?? (en as Catalog)[key]?.message);
}

/** The in-page strings in one language, placeholders kept, for the background to send to a tab. */
export function pageStrings(lang: Lang): Record<string, string> {
  const catalog = CATALOGS[lang];
  return Object.fromEntries(PAGE_STRING_KEYS.map((k) => [k, catalog[k]?.message ?? (en as Catalog)[k]!.message]));
}
