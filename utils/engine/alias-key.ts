import { youtubeKey } from '../adapters/youtube-key';

/**
 * The other key an account goes by on its platform, if any. YouTube keys a channel by its id
 * where the page gives it and by its handle where not (utils/adapters/youtube-data.ts), so a
 * trust given under one must hold under the other, and trusts stored before channels were keyed
 * by id hold the handle's key. Handles are unique per platform, so this names the same account.
 */
export function aliasKeyOf(account: { platform: string; key: string; handle?: string }): string | undefined {
  if (account.platform !== 'youtube' || !account.handle) return undefined;
  const alias = youtubeKey(account.handle, undefined);
  return alias === account.key ? undefined : alias;
}
