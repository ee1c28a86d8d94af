import type { MessageKey, Translate } from '../../utils/i18n';

/**
 * A message kept as its key and arguments and worded when shown: the Language field applies at
 * once, and a finished sentence would stay in the language it was written in.
 */
export type Notice = { key: MessageKey; args?: readonly (string | number)[] };

export const notice = (key: MessageKey, ...args: (string | number)[]): Notice => ({ key, args });

export const noticeText = (t: Translate, n: Notice | null | undefined): string => (n ? t(n.key, ...(n.args ?? [])) : '');

/** The error's own words (English, from the browser or the background), shown after the translated sentence. */
export const detailOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
