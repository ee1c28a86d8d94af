import type { ScannedAccount } from '../schemas/account';

/** The record without what stays in the page (the element, the layer, the context, read lazily). */
export function scannedOf(rec: ScannedAccount): ScannedAccount {
  const account: ScannedAccount = {
    platform: rec.platform,
    key: rec.key,
    displayName: rec.displayName,
    verification: rec.verification,
  };
  if (rec.id !== undefined) account.id = rec.id;
  if (rec.handle !== undefined) account.handle = rec.handle;
  if (rec.profileUrl !== undefined) account.profileUrl = rec.profileUrl;
  if (rec.bio !== undefined) account.bio = rec.bio;
  return account;
}
