import { z } from 'zod';
import { Platform } from './account';
import { EndpointUrl } from './protocol';
import { FLAG_CATEGORIES } from './verdict';

export const Sensitivity = z.enum(['low', 'normal', 'high']);
export type Sensitivity = z.infer<typeof Sensitivity>;

export const Language = z.enum(['auto', 'en', 'zh_CN']);
export type Language = z.infer<typeof Language>;

export const HighlightStyle = z.enum(['badge', 'badge-and-outline', 'outline']);

export const TrustedAccount = z.object({
  platform: Platform,
  key: z.string().min(1).max(512),
  /** The account's other key (aliasKeyOf), trusted with it. */
  alias: z.string().min(1).max(512).optional(),
  displayName: z.string().max(200),
  addedAt: z.iso.datetime(),
});
export type TrustedAccount = z.infer<typeof TrustedAccount>;

/** A custom keyword: plain text (not a pattern), 1..50 characters, no control characters. */
export const CustomKeyword = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .refine((s) => !/\p{Cc}/u.test(s), 'keyword contains control characters');

const perCategory = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(FLAG_CATEGORIES.map((c) => [c, value])) as Record<(typeof FLAG_CATEGORIES)[number], T>);

/**
 * What a request header can carry: visible ASCII. A full-width letter or a zero-width space made
 * every request fail before it left, and that failure read as a network error, not as the token's.
 * Stricter (RFC 6750's b64token) would refuse tokens endpoints do accept, such as `p@ss:w0rd!`.
 */
export const HEADER_SAFE = /^[\x21-\x7e]*$/;

/** The access token: none, or visible ASCII of at most 500 characters. */
export const AccessToken = z
  .string()
  .max(500)
  .refine((s) => HEADER_SAFE.test(s), 'token must be visible ASCII characters, no spaces');

export const Settings = z.object({
  endpointUrl: z.union([z.literal(''), EndpointUrl]),
  accessToken: AccessToken,
  syncEnabled: z.boolean(),
  includeScreenshots: z.boolean(),
  sensitivity: Sensitivity,
  categories: perCategory(z.boolean()),
  customKeywords: perCategory(z.array(CustomKeyword).max(100)),
  /** Sites switched off by the user; every supported site is on unless listed here. */
  disabledPlatforms: z.array(Platform).max(20),
  /** Other sites the user switched ClaimCheck on for (host names); checked with the generic adapter. */
  extraSites: z
    .array(
      z
        .string()
        .min(1)
        .max(253)
        .regex(/^[a-z0-9.-]+$/),
    )
    .max(200),
  highlightStyle: HighlightStyle,
  trusted: z.array(TrustedAccount).max(5000),
  language: Language,
  /** Bumped on every save, so caches keyed by settings know when to forget. */
  revision: z.number().int().min(0),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  endpointUrl: '',
  accessToken: '',
  syncEnabled: false,
  includeScreenshots: false,
  sensitivity: 'normal',
  categories: { military: true, 'public-institution': true, 'news-media': true, 'unqualified-advice': true },
  customKeywords: { military: [], 'public-institution': [], 'news-media': [], 'unqualified-advice': [] },
  disabledPlatforms: [],
  extraSites: [],
  highlightStyle: 'badge',
  trusted: [],
  language: 'auto',
  revision: 0,
};

/** Reads stored settings field by field: a bad field falls back to its default, the rest survive. */
export function parseSettings(raw: unknown): Settings {
  const whole = Settings.safeParse(raw);
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [key, shape] of Object.entries(Settings.shape)) {
      const field = (shape as z.ZodType).safeParse((raw as Record<string, unknown>)[key]);
      if (field.success) out[key] = field.data;
    }
  }
  return out as Settings;
}

/**
 * The stored token parseSettings could not keep (an older version accepted any non-space text):
 * it reads as no token, so the rest of the settings load, and the options page shows it at its
 * field with what is wrong, so that it is fixed rather than silently gone.
 */
export function unusableStoredToken(raw: unknown): string | undefined {
  const token = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).accessToken : undefined;
  return typeof token === 'string' && !AccessToken.safeParse(token).success ? token : undefined;
}
