// zod/mini, not classic zod: this runs in the content script, whose bundle classic would grow.
import * as z from 'zod/mini';
import type { VerificationKind } from '../schemas/account';
import { lazySchema } from '../schemas/lazy-schema';
import type { PageDataEntries, ReaderItem, SitePageData } from './types';

// X draws blue and grey as ONE path each, told apart by its outline: x.com's bundle (module
// 808116 blue, 490881 grey; research-x-youtube.md X1), vercel/react-tweet
// icons/verified-government.tsx and BetakyousoYT/restore-twitterlogo, which finds the grey check
// by this `d`. Blue's is also on the real saved page (real:twitter/mario-zechner-wow.html).
const BLUE_PATH = 'M20.396 11c';
const GREY_PATH = 'M12.05 2.056';
// The grey check's own fill in x.com's bundle; react-tweet colours it by CSS alone, so the path decides.
const GREY_FILL = '#829aab';

/**
 * X's check marks. Blue (Premium, bought) and grey (government): one path, told apart by its
 * outline (above). Gold (Verified Organizations): `linearGradient` stops
 * #f4e72a/#cd8105/#cb7b00/#f4ec26 (bundle module 101680, react-tweet verified-business.tsx).
 * The React props, when the MAIN-world reader gets them, say the same thing exactly.
 */
export function kindOfXBadge(svg: Element | null): VerificationKind {
  if (!svg) return 'none';
  // x.com wraps the path in a <g> on the timeline, not in its newer bundles: a few property
  // reads find it, no query, as this runs for every post on a timeline (bench:scan).
  let first = svg.firstElementChild;
  while (first?.localName === 'g') first = first.firstElementChild;
  if (first?.localName === 'path' && !first.nextElementSibling) {
    const d = first.getAttribute('d') ?? '';
    if (d.startsWith(BLUE_PATH)) return 'paid';
    if (d.startsWith(GREY_PATH) || first.getAttribute('fill')?.toLowerCase() === GREY_FILL) return 'government';
    // A check of a shape we do not know: calling it bought would flag a body X did verify.
    return 'unknown';
  }
  const stops = Array.from(svg.getElementsByTagName('stop'))
    .map((stop) => stop.getAttribute('stop-color') ?? /stop-color:\s*([^;]+)/.exec(stop.getAttribute('style') ?? '')?.[1])
    .map((colour) => parseHex(colour ?? ''))
    .filter((rgb): rgb is [number, number, number] => rgb !== undefined);
  if (stops.length === 0) return 'unknown';
  // No gradient check of X's is grey today (X1): kept in case X redraws grey in the gold design.
  if (stops.every((rgb) => saturation(rgb) < 0.3)) return 'government';
  if (stops.every(([r, g, b]) => r > 150 && r >= g && g > b)) return 'organization';
  return 'unknown';
}

type XProps = z.infer<ReturnType<typeof XPropsItem>>['props'];

/** The organisation an account is an affiliate of, as X names it ('AutomatedLabel' is a bot tag, not one). */
function affiliateOf(props: XProps): string | undefined {
  const info = props.affiliateBadgeInfo;
  return info?.userLabelType === 'BusinessLabel' && info.description ? info.description : undefined;
}

/**
 * Kind from the React props CPFT reads (`getVerifiedProps`): Business → gold, Government → grey.
 * An affiliate (blue check, 'BusinessLabel' of a Verified Organization) is 'organization' with
 * that organisation's name as the label, as CPFT's isBlueVerified does not count it bought. It
 * fits detection.md's meaning of the kind: an organization badge backs a claim "since a
 * registered organisation stands behind it, unless its label names a different kind of body",
 * and here the organisation (vetted by X, paying for the affiliate) stands behind it by name,
 * so credentials.ts's organizationBacks tests the claim against the body that vouches. Without a
 * name it stays 'paid': an unnamed organization badge would back every claim. `isVerified`
 * alone (X's legacy `user.verified`, which CPFT still reads) is a check of no readable type.
 */
export function kindOfXProps(props: XProps): VerificationKind {
  if (props.verifiedType === 'Business') return 'organization';
  if (props.verifiedType === 'Government') return 'government';
  if (props.verifiedType) return 'unknown';
  if (props.isBlueVerified) return affiliateOf(props) ? 'organization' : 'paid';
  return props.isVerified ? 'unknown' : 'none';
}

// What the reader sends for a check: a handle as X allows it, and the few props read, bounded.
const XPropsItem = lazySchema(() =>
  z.object({
    handle: z.string().check(z.regex(/^\w{1,15}$/)),
    props: z.looseObject({
      isBlueVerified: z.optional(z.boolean()),
      isVerified: z.optional(z.boolean()),
      verifiedType: z.optional(z.nullable(z.string().check(z.maxLength(50)))),
      affiliateBadgeInfo: z.optional(
        z.nullable(
          z.looseObject({
            description: z.optional(z.string().check(z.maxLength(200))),
            userLabelType: z.optional(z.string().check(z.maxLength(50))),
          }),
        ),
      ),
    }),
  }),
);

/** X's page data: the reader's `x-props` items (the check's React props and its block's handle). */
export const xPageData: SitePageData = {
  // The reader reads a check mark's React props: an account that shows none has nothing to read.
  readsAround: (verification) => verification.kind !== 'none',
  fromItem(item: ReaderItem): PageDataEntries {
    if (item.type !== 'x-props') return [];
    const parsed = XPropsItem().safeParse(item);
    if (!parsed.success) return [];
    const { handle, props } = parsed.data;
    const label = affiliateOf(props);
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
