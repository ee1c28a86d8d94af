import type { FlagCategory } from '../schemas/verdict';
import type { Credential } from './credentials';
import type { Claim } from './decide';
import { labelMarkerMatcher } from './label-scan';
import type { LabelMarker } from './rules/label-markers';

/** Something found in a label, and where. */
export interface LabelSpan<T> {
  value: T;
  start: number;
  end: number;
}

const NONE: ReadonlySet<FlagCategory> = new Set();
const inside = (a: LabelSpan<unknown>, b: LabelSpan<unknown>): boolean => a.start >= b.start && a.end <= b.end;

/**
 * The categories (military, institution, news) in which a label names a person's current role at
 * a body of that category: "北京市公安局民警", "中央广播电视总台主持人", "Reuters journalist".
 * It must name a role (label-markers.ts `role`), no former/retired/blogger/reader/fan marker
 * (`not-current`, unless inside an exempt word such as 太原), and the body or the category apart
 * from the role word itself: a bare "记者" or "journalist" names no outlet.
 */
export function currentRoleCategories(
  markers: readonly LabelSpan<LabelMarker>[],
  ruleHits: readonly LabelSpan<FlagCategory>[],
): ReadonlySet<FlagCategory> {
  const roles = markers.filter((m) => m.value === 'role');
  if (roles.length === 0) return NONE;
  const exempt = markers.filter((m) => m.value === 'not-current-exempt');
  if (markers.some((m) => m.value === 'not-current' && !exempt.some((e) => inside(m, e)))) return NONE;
  const apartFromRole = (s: LabelSpan<unknown>) => !roles.some((r) => inside(s, r));
  const out = new Set<FlagCategory>();
  for (const hit of ruleHits) if (hit.value !== 'unqualified-advice' && apartFromRole(hit)) out.add(hit.value);
  if (markers.some((m) => m.value === 'media-body' && apartFromRole(m))) out.add('news-media');
  return out.size ? out : NONE;
}

function namesRole(text: string): boolean {
  let found = false;
  labelMarkerMatcher().scan(text, (m) => {
    if (m === 'role') found = true;
  });
  return found;
}

/**
 * Whether a personal badge backs this category's claims. detection.md: "ClaimCheck flags an
 * account when it claims an identity of a protected kind and nothing on the platform backs that
 * claim". The platform verifying a person in a role at a body backs the claim to be that person
 * in that role, not a claim to be the body: so the label must name a current role there
 * (currentRoleCategories), the name or handle must copy no official account (a lookalike claim:
 * a person is never the outlet), and the display name must claim a person. The cheap test for the
 * last: the display name names a role (央视主持人康辉, 北京市公安局民警李某), or carries none of
 * the category's claims, so it is the person's own name and the claim sits in the handle or bio
 * (Jane Doe, @janedoe_reuters). A name that is only the body (北京市公安局, 火箭军司令部) is
 * not backed; neither is body plus a bare personal name (康辉 央视), which this test cannot tell
 * from body plus a channel word (新华社 快讯), so it errs towards flagging.
 */
export function personalBacks(
  c: Credential,
  category: FlagCategory,
  claims: readonly Claim[],
  texts: { displayName: string },
): boolean {
  if (c.kind !== 'personal' || !c.roleAt.has(category) || !texts.displayName) return false;
  let nameClaims = false;
  for (const claim of claims) {
    if (claim.code === 'lookalike.exact' || claim.code === 'lookalike.near') return false;
    if (claim.field === 'displayName') nameClaims = true;
  }
  return !nameClaims || namesRole(texts.displayName);
}
