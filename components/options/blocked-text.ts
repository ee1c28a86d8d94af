import type { MessageKey } from '../../utils/i18n';
import type { Translate } from '../../utils/i18n/core';

/** Why sync sends nothing now, in the page's language; a reason without a message reads as given. */
export function blockedText(t: Translate, reason: string): string {
  const key = `syncBlocked_${reason}` as MessageKey;
  const text = t(key);
  return text === key ? reason : text;
}
