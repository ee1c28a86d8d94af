import type { Flag, FlagCategory } from '../schemas/verdict';
import { CATEGORY_BACKING } from './compile';
import { type Claim, decideCategory } from './decide';
import { describeOfficial, isSameAccount, type LookalikeIndex, type LookalikeMatch } from './lookalike';
import type { MatchField } from './rules/schema';
import type { SettingsView } from './settings-view';
import type { AccountSignals } from './signals';

/** Lookalike weights: a copied name is a strong claim; a copied handle alone is weaker. */
const LOOKALIKE_WEIGHT = { displayName: { exact: 0.9, near: 0.75 }, handle: { exact: 0.6, near: 0.5 } } as const;
const CUSTOM_WEIGHT = { displayName: 0.6, handle: 0.6, bio: 0.5 } as const;

interface AccountIds {
  platform: unknown;
  handle?: unknown;
  id?: unknown;
  displayName?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

type Lookalike = { field: 'displayName' | 'handle'; match: LookalikeMatch; raw: string };
const NO_LOOKALIKES: readonly Lookalike[] = [];
const NO_FLAGS: Flag[] = [];
const LOOKALIKE_FIELDS = ['displayName', 'handle'] as const;
const TEXT_FIELDS = ['displayName', 'handle', 'bio'] as const satisfies readonly MatchField[];

function findLookalikes(account: AccountIds, index: LookalikeIndex): readonly Lookalike[] {
  const platform = str(account.platform) ?? '';
  let out: Lookalike[] | undefined;
  for (const field of LOOKALIKE_FIELDS) {
    // (Not account[field]: a lookup by a varying property name is a slow keyed load.)
    const raw = str(field === 'displayName' ? account.displayName : account.handle);
    if (!raw) continue;
    const match = index.matchRaw(field, raw, platform);
    if (!match) continue;
    if (out) out.push({ field, match, raw });
    else out = [{ field, match, raw }];
  }
  return out ?? NO_LOOKALIKES;
}

function anyCustomKeyword(view: SettingsView, signals: AccountSignals): boolean {
  for (const k of view.customKeywords) {
    for (const field of TEXT_FIELDS) if (signals.texts[field].includes(k.text)) return true;
  }
  return false;
}

// Claims per category by FLAG_CATEGORIES position: four slots cost less than a Map per account.
// Compared, not looked up: a lookup by a varying property name is a slow keyed load.
const slotOf = (c: FlagCategory): number => (c === 'military' ? 0 : c === 'public-institution' ? 1 : c === 'news-media' ? 2 : 3);

function push(byCategory: (Claim[] | undefined)[], claim: Claim): void {
  const slot = slotOf(claim.category);
  const list = byCategory[slot];
  if (list) list.push(claim);
  else byCategory[slot] = [claim];
}

/** Gathers each category's claims and lets decideCategory weigh them. */
export function judgeAccount(account: AccountIds, signals: AccountSignals, view: SettingsView, index: LookalikeIndex): Flag[] {
  const lookalikes = findLookalikes(account, index);
  // Most accounts claim nothing: leave before building anything.
  if (signals.claims.length === 0 && lookalikes.length === 0 && !anyCustomKeyword(view, signals)) return NO_FLAGS;
  const byCategory: (Claim[] | undefined)[] = [undefined, undefined, undefined, undefined];
  for (const claim of signals.claims) push(byCategory, claim);
  for (const k of view.customKeywords) {
    for (const field of TEXT_FIELDS) {
      if (!signals.texts[field].includes(k.text)) continue;
      push(byCategory, {
        category: k.category,
        code: 'custom.keyword',
        field,
        match: k.display,
        weight: CUSTOM_WEIGHT[field],
        backedBy: CATEGORY_BACKING[k.category],
        messageKey: 'custom.keyword',
        args: [k.display, field],
      });
      break;
    }
  }
  // Per slot: the official account resembled (the first lookalike's); a bit per slot the account is itself official in.
  let resembles: (string | undefined)[] | undefined;
  let official = 0;
  for (const { field, match, raw } of lookalikes) {
    const o = match.official;
    if (isSameAccount(o, str(account.platform) ?? '', str(account.handle), str(account.id))) {
      official |= 1 << slotOf(o.category);
      continue;
    }
    const described = describeOfficial(o);
    resembles ??= [undefined, undefined, undefined, undefined];
    resembles[slotOf(o.category)] ??= described;
    push(byCategory, {
      category: o.category,
      code: match.exact ? 'lookalike.exact' : 'lookalike.near',
      field,
      match: raw.slice(0, 200),
      weight: LOOKALIKE_WEIGHT[field][match.exact ? 'exact' : 'near'],
      backedBy: CATEGORY_BACKING[o.category],
      messageKey: match.exact ? 'lookalike.exact' : 'lookalike.near',
      args: [described, field],
    });
  }
  let flags: Flag[] | undefined;
  for (const category of view.enabled) {
    const slot = slotOf(category);
    const claims = byCategory[slot];
    if (!claims || (official & (1 << slot)) !== 0) continue;
    const flag = decideCategory(category, claims, signals, view.sensitivity, resembles?.[slot]);
    // Literals, not push onto []: the verdict keeps this array, and push reserves sixteen slots.
    if (flag) {
      if (flags) flags.push(flag);
      else flags = [flag];
    }
  }
  return flags ?? NO_FLAGS;
}
