import type { VerificationKind } from '../schemas/account';
import type { FlagCategory } from '../schemas/verdict';
import type { CompiledRuleset } from './compile';
import { type Credential, readCredential } from './credentials';
import { BOUNDS, cutToBound, normalizeForMatch, stripInvisible } from './normalize';
import type { LabelSpan } from './person-badge';

const KINDS = new Set<string>(['none', 'paid', 'personal', 'organization', 'government', 'media', 'unknown']);

// Labels repeat across accounts (a hospital's doctors, an agency's channels): read each once.
// Keyed by kind, then label, so a lookup builds no key string.
const BADGE_MEMO = new Map<string, Map<string, Credential>>();
const BADGE_MEMO_LIMIT = 2000;
let badgeMemoSize = 0;

export function readBadge(ruleset: CompiledRuleset, raw: { kind?: unknown; label?: unknown } | null | undefined): Credential {
  const verification = raw ?? {};
  const kind = (
    typeof verification.kind === 'string' && KINDS.has(verification.kind) ? verification.kind : 'none'
  ) as VerificationKind;
  const rawLabel = typeof verification.label === 'string' ? cutToBound(verification.label, BOUNDS.label) : '';
  let byLabel = BADGE_MEMO.get(kind);
  const known = byLabel?.get(rawLabel);
  if (known) return known;
  const label = normalizeForMatch(rawLabel);
  const labelCategories = new Set<FlagCategory>();
  const ruleHits: LabelSpan<FlagCategory>[] = [];
  if (label) {
    ruleset.matcher.scan(label, (p, start, end) => {
      if (p.kind !== 'rule') return;
      labelCategories.add(p.rule.category);
      ruleHits.push({ value: p.rule.category, start, end });
    });
  }
  // Reasons quote the label as the page shows it, not its match form: what the user sees, and
  // the same in the content script's engine, whose reduced tables fold fewer characters.
  const display = stripInvisible(rawLabel).replace(/\s+/g, ' ').trim();
  const credential = readCredential(kind, label, labelCategories, display, ruleHits);
  if (badgeMemoSize >= BADGE_MEMO_LIMIT) {
    BADGE_MEMO.clear();
    badgeMemoSize = 0;
    byLabel = undefined;
  }
  if (!byLabel) {
    byLabel = new Map();
    BADGE_MEMO.set(kind, byLabel);
  }
  byLabel.set(rawLabel, credential);
  badgeMemoSize++;
  return credential;
}
