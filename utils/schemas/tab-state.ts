import { z } from 'zod';
import { Platform, ScannedAccount } from './account';
import { Flag } from './verdict';

/** Which extraction layer answered for an account (site-dom.md's stability scale). */
export const ExtractionLayer = z.enum(['hook', 'data', 'class', 'generic']);
export type ExtractionLayer = z.infer<typeof ExtractionLayer>;

export const AdapterHealth = z.object({
  adapter: z.string().max(50),
  /** Accounts found per layer. */
  layers: z.partialRecord(ExtractionLayer, z.number().int().min(0)),
  /** The adapter expected accounts on this page and found none: its layout may have changed. */
  layoutChanged: z.boolean(),
});
export type AdapterHealth = z.infer<typeof AdapterHealth>;

export const FlaggedAccount = z.object({
  account: ScannedAccount,
  flags: z.array(Flag).min(1).max(4),
  rulesetVersion: z.string().max(50),
  /** Its post has left the page (a feed drops the cells that scroll away): nothing to show there. */
  offPage: z.literal(true).optional(),
});
export type FlaggedAccount = z.infer<typeof FlaggedAccount>;

export const TabState = z.object({
  url: z.url({ protocol: /^https?$/ }).max(4096),
  platform: Platform,
  scanned: z.number().int().min(0),
  flagged: z.array(FlaggedAccount).max(500),
  health: AdapterHealth,
});
export type TabState = z.infer<typeof TabState>;

/**
 * What a content script sends about its tab: the flags changed since its last update, not
 * the whole list again (bench:page: resending every flag twice a second cost more than
 * finding them). `reset` starts the tab's list over (first update, navigation, new settings).
 */
export const TabStateUpdate = TabState.omit({ flagged: true }).extend({
  reset: z.boolean(),
  upsert: z.array(FlaggedAccount).max(500),
  remove: z.array(z.string().min(1).max(512)).max(5000),
});
export type TabStateUpdate = z.infer<typeof TabStateUpdate>;
