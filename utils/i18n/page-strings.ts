import type { MessageKey } from './core';

/** The strings the in-page badge and popover show; the background sends just these to a tab. */
export const PAGE_STRING_KEYS = [
  'badgeText',
  'badgeLabel',
  'popoverTitle',
  'popoverVerification',
  'popoverResembles',
  'actionReport',
  'actionTrust',
  'actionWhy',
  'actionClose',
  'category_military',
  'category_public_institution',
  'category_news_media',
  'category_unqualified_advice',
  'category_other',
  'severity_low',
  'severity_medium',
  'severity_high',
  'verification_none',
  'verification_paid',
  'verification_personal',
  'verification_organization',
  'verification_government',
  'verification_media',
  'verification_unknown',
  // A trust the popover could not save says why (popover-dialog.ts, failure-text.ts): the
  // known failures in the reader's words, kept from before the extension went away under the page.
  'saveFailed',
  'storageFull',
  'newerDatabase',
  'extensionReloaded',
  // The trust's confirmation (popover-trusted.ts).
  'trustedDone',
  'flagsTrustedNote',
  'undo',
] as const satisfies readonly MessageKey[];
