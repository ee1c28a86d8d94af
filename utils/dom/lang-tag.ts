import type { Translate } from '../i18n/core';

/** BCP 47 for the interface language: a screen reader then reads our words with the right voice on any page. */
export const langTag = (t: Translate): string => (t.lang === 'zh_CN' ? 'zh-CN' : 'en');
