import { reasonMessage } from '../engine/messages';
import type { Translate } from '../i18n/core';
import type { Reason } from '../schemas/verdict';

/** A reason in the user's language, from the engine's own bilingual messages. */
export function reasonText(reason: Reason, t: Translate): string {
  return reasonMessage(reason, t.lang);
}
