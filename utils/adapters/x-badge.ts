// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { lazySchema } from '../schemas/lazy-schema';
import type { PageDataEntries, ReaderItem, SitePageData } from './types';

/**
 * X's check marks (site-dom.md, X table). Blue (Premium, bought): one path, no gradient.
 * Gold (Verified Organizations): `linearGradient` stops #f4e72a/#cd8105/#cb7b00/#f4ec26.
 * Grey (government): a gradient in grey tones. The React props, when the MAIN-world reader gets
 * them, say the same thing exactly (`verifiedType: 'Business' | 'Government'`, `isBlueVerified`).
 */
export function kindOfXBadge(svg: Element | null): VerificationKind {
  if (!svg) return 'none';
  // Blue, the common case on a timeline, has no gradient: one lookup answers it.
  if (!svg.querySelector('stop, linearGradient')) return 'paid';
  const stops = Array.from(svg.getElementsByTagName('stop'))
    .map((stop) => stop.getAttribute('stop-color') ?? /stop-color:\s*([^;]+)/.exec(stop.getAttribute('style') ?? '')?.[1])
    .map((colour) => parseHex(colour ?? ''))
    .filter((rgb): rgb is [number, number, number] => rgb !== undefined);
  if (stops.length === 0) return svg.querySelector('linearGradient') ? 'unknown' : 'paid';
  const saturations = stops.map(saturation);
  if (saturations.every((s) => s < 0.3)) return 'government';
  if (stops.every(([r, g, b]) => r > 150 && r >= g && g > b)) return 'organization';
  return 'unknown';
}

/** Kind from the React props CPFT reads (`getVerifiedProps`): Business → gold, Government → grey. */
export function kindOfXProps(props: { isBlueVerified?: boolean; verifiedType?: string | null }): VerificationKind {
  if (props.verifiedType === 'Business') return 'organization';
  if (props.verifiedType === 'Government') return 'government';
  if (props.verifiedType) return 'unknown';
  return props.isBlueVerified ? 'paid' : 'none';
}

// What the reader sends for a check: a handle as X allows it, and the few props read, bounded.
const XProps = lazySchema(() =>
  z.object({
    handle: z.string().check(z.regex(/^\w{1,15}$/)),
    props: z.looseObject({
      isBlueVerified: z.optional(z.boolean()),
      verifiedType: z.optional(z.nullable(z.string().check(z.maxLength(50)))),
      affiliateBadgeInfo: z.optional(z.nullable(z.looseObject({ description: z.optional(z.string().check(z.maxLength(200))) }))),
    }),
  }),
);

/** X's page data: the reader's `x-props` items (the check's React props and its block's handle). */
export const xPageData: SitePageData = {
  // The reader reads a check mark's React props: an account that shows none has nothing to read.
  readsAround: (verification) => verification.kind !== 'none',
  fromItem(item: ReaderItem): PageDataEntries {
    if (item.type !== 'x-props') return [];
    const parsed = XProps().safeParse(item);
    if (!parsed.success) return [];
    const { handle, props } = parsed.data;
    const label = props.affiliateBadgeInfo?.description;
    const kind = kindOfXProps(props);
    return [[`x:${handle.toLowerCase()}`, { handle, verification: label && kind !== 'none' ? { kind, label } : { kind } }]];
  },
};

function parseHex(colour: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function saturation([r, g, b]: [number, number, number]): number {
  const max = Math.max(r, g, b);
  return max === 0 ? 0 : (max - Math.min(r, g, b)) / max;
}
