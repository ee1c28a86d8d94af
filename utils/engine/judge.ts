import type { Flag, FlagCategory } from '../schemas/verdict';
import { CATEGORY_BACKING } from './compile';
import { type Claim, decideCategory } from './decide';
import { describeOfficial, isSameAccount, type LookalikeIndex, type LookalikeMatch } from './lookalike';
import type { MatchField } from './rules/schema';
import type { SettingsView } from './settings-view';
import type { AccountSignals } from './signals';
import { lookalikeKey } from './skeleton';

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
const CLAIM_MESSAGE: Record<FlagCategory, string> = {
  military: 'claim.military',
  'public-institution': 'claim.public-institution',
  'news-media': 'claim.news-media',
  'unqualified-advice': 'claim.unqualified-advice',
};
const LOOKALIKE_FIELDS = ['displayName', 'handle'] as const;
const TEXT_FIELDS = ['displayName', 'handle', 'bio'] as const satisfies readonly MatchField[];

function findLookalikes(account: AccountIds, index: LookalikeIndex): readonly Lookalike[] {
  const platform = str(account.platform) ?? '';
  let out: Lookalike[] | undefined;
  for (const field of LOOKALIKE_FIELDS) {
    const raw = str(account[field]);
    if (!raw) continue;
    const match = index.match(field, lookalikeKey(raw), platform);
    if (!match) continue;
    out ??= [];
    out.push({ field, match, raw });
  }
  return out ?? NO_LOOKALIKES;
}

function anyCustomKeyword(view: SettingsView, signals: AccountSignals): boolean {
  return view.customKeywords.some((k) => TEXT_FIELDS.some((f) => signals.texts[f].includes(k.text)));
}

/** Gathers each category's claims and lets decideCategory weigh them. */
export function judgeAccount(account: AccountIds, signals: AccountSignals, view: SettingsView, index: LookalikeIndex): Flag[] {
  const lookalikes = findLookalikes(account, index);
  // Most accounts claim nothing: leave before building anything.
  if (signals.claims.size === 0 && lookalikes.length === 0 && !anyCustomKeyword(view, signals)) return NO_FLAGS;
  const byCategory = new Map<FlagCategory, Claim[]>();
  const push = (category: FlagCategory, claim: Claim) => {
    const list = byCategory.get(category);
    if (list) list.push(claim);
    else byCategory.set(category, [claim]);
  };
  for (const hit of signals.claims.values()) {
    const { rule } = hit;
    push(rule.category, {
      code: rule.id,
      field: hit.field,
      match: hit.match,
      weight: hit.weight,
      backedBy: rule.backedBy,
      messageKey: CLAIM_MESSAGE[rule.category],
      args: [hit.match.slice(0, 200), hit.field],
      counters: rule.counters,
    });
  }
  for (const k of view.customKeywords) {
    for (const field of TEXT_FIELDS) {
      if (!signals.texts[field].includes(k.text)) continue;
      push(k.category, {
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
  const resembles = new Map<FlagCategory, string>();
  const official = new Set<FlagCategory>();
  for (const { field, match, raw } of lookalikes) {
    const o = match.official;
    if (isSameAccount(o, str(account.platform) ?? '', str(account.handle), str(account.id))) {
      official.add(o.category);
      continue;
    }
    const described = describeOfficial(o);
    resembles.set(o.category, resembles.get(o.category) ?? described);
    push(o.category, {
      code: match.exact ? 'lookalike.exact' : 'lookalike.near',
      field,
      match: raw.slice(0, 200),
      weight: LOOKALIKE_WEIGHT[field][match.exact ? 'exact' : 'near'],
      backedBy: CATEGORY_BACKING[o.category],
      messageKey: match.exact ? 'lookalike.exact' : 'lookalike.near',
      args: [described, field],
    });
  }
  const flags: Flag[] = [];
  for (const category of view.enabled) {
    const claims = byCategory.get(category);
    if (!claims || official.has(category)) continue;
    const flag = decideCategory(category, claims, signals, view.sensitivity, resembles.get(category));
    if (flag) flags.push(flag);
  }
  return flags;
}
