import type { MessageKey, Translate } from '../../utils/i18n';
import { failureText } from '../../utils/i18n/failure-text';

/**
 * A message kept as its key and arguments and worded when shown: the Language field applies at
 * once, and a finished sentence would stay in the language it was written in. A failure keeps
 * its error too, to be worded as failureText words it (a full disk as advice, not English).
 */
export type Notice = { key: MessageKey; args?: readonly (string | number)[]; failure?: { error: unknown } };

export const notice = (key: MessageKey, ...args: (string | number)[]): Notice => ({ key, args });

/** `key` with `args`, then the error's own words; or, for a failure we know, its advice alone. */
export const failureNotice = (key: MessageKey, error: unknown, ...args: (string | number)[]): Notice => ({
  key,
  args,
  failure: { error },
});

export const noticeText = (t: Translate, n: Notice | null | undefined): string => {
  if (!n) return '';
  const args = n.args ?? [];
  return n.failure ? failureText(t, n.key, n.failure.error, ...args) : t(n.key, ...args);
};
