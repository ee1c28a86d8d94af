import type { FlagCategory, Reason } from '../schemas/verdict';
import type { Credential } from './credentials';
import type { AccountSignals } from './signals';

// Per badge: the reason with a mismatch, for advice, for the other categories. Badges are
// memoised (badge.ts), so verdicts share these (frozen) instead of each keeping a copy.
const CREDENTIAL_REASONS = new WeakMap<Credential, Reason[]>();

/** The reason a flag gives about the badge (kind and label) that did not back its claims. */
export function credentialReason(signals: AccountSignals, mismatch: boolean, category: FlagCategory): Reason {
  const c = signals.credential;
  const slot = mismatch ? 0 : category === 'unqualified-advice' ? 1 : 2;
  let known = CREDENTIAL_REASONS.get(c);
  if (known?.[slot]) return known[slot];
  const reason = Object.freeze(buildCredentialReason(c, mismatch, category));
  if (reason.args) Object.freeze(reason.args);
  if (!known) {
    known = [];
    CREDENTIAL_REASONS.set(c, known);
  }
  known[slot] = reason;
  return reason;
}

function buildCredentialReason(c: Credential, mismatch: boolean, category: FlagCategory): Reason {
  const label = c.display.slice(0, 200);
  if (mismatch) {
    return {
      code: 'credential.label-mismatch',
      field: 'verification',
      match: label || c.kind,
      messageKey: label ? 'credential.label-mismatch' : 'credential.wrong-kind',
      args: [label || c.kind],
    };
  }
  if (c.kind === 'paid') return { code: 'credential.paid', field: 'verification', messageKey: 'credential.paid' };
  if (c.kind === 'none') return { code: 'credential.none', field: 'verification', messageKey: 'credential.none' };
  if (c.kind === 'unknown') return { code: 'credential.unknown', field: 'verification', messageKey: 'credential.unknown' };
  if (category === 'unqualified-advice') {
    // With no label to quote, {0} is the kind: worded as wrong-kind, whose text names a kind.
    return {
      code: 'credential.no-qualification',
      field: 'verification',
      messageKey: label ? 'credential.no-qualification' : 'credential.wrong-kind',
      args: [label || c.kind],
    };
  }
  return { code: 'credential.wrong-kind', field: 'verification', messageKey: 'credential.wrong-kind', args: [c.kind] };
}
