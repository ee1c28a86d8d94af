import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Platform, ScannedAccount } from '../../utils/schemas/account';
import type { FlaggedAccount } from '../../utils/schemas/messages';
import { type ReportedAccount, reportedAccountsOn } from '../../utils/store/reported-accounts';

const NONE: readonly FlaggedAccount[] = [];

/**
 * What a report keeps of an account's key: its id, handle and profile address (the key is not
 * stored). On a site the user added (platform `other`) an id or handle is a path segment of
 * whichever site it was read on: only the whole profile address names one account there.
 */
const identifiers = (a: { id?: string; handle?: string; profileUrl?: string }, anySite: boolean): string[] =>
  [
    !anySite && a.id && `id:${a.id}`,
    !anySite && a.handle && `handle:${a.handle.toLowerCase()}`,
    a.profileUrl && `url:${a.profileUrl.toLowerCase()}`,
  ].filter((s): s is string => !!s);

/**
 * Whether a stored report names this account (the platform is the store query's). The adapters
 * make keys from the id, handle or profile address: any one of them in common is the same
 * account. An impostor shares its name with the real one, so the name counts only when neither
 * has any of them (nothing else tells the two apart then); a report keeps 200 of it.
 */
export function reportNames(account: ScannedAccount, reported: ReportedAccount): boolean {
  const anySite = account.platform === 'other';
  const mine = identifiers(account, anySite);
  const theirs = identifiers(reported, anySite);
  const known = (a: { id?: string; handle?: string; profileUrl?: string }) => !!(a.id || a.handle || a.profileUrl);
  if (known(account) || known(reported)) return mine.some((id) => theirs.includes(id));
  const name = account.displayName.trim();
  return name === reported.displayName || (reported.displayName.length >= 199 && name.startsWith(reported.displayName));
}

/**
 * The keys of the listed accounts that have a report in the store (any status), read when the
 * popup opens and for each platform the list comes to show; and those `mark`ed as filed since,
 * as the background said it stored them.
 */
export function useReported(listed: readonly FlaggedAccount[] | undefined) {
  const flagged = listed ?? NONE;
  const [stored, setStored] = useState<ReadonlyMap<Platform, readonly ReportedAccount[]>>(new Map());
  const [filed, setFiled] = useState<ReadonlySet<string>>(new Set());
  const asked = useRef(new Set<Platform>());
  const platforms = [...new Set(flagged.map((f) => f.account.platform))].sort().join(' ');

  useEffect(() => {
    for (const platform of platforms.split(' ') as Platform[]) {
      if (!platform || asked.current.has(platform)) continue;
      asked.current.add(platform);
      reportedAccountsOn(platform).then(
        (accounts) => setStored((now) => new Map(now).set(platform, accounts)),
        // Unreadable store: nothing is marked but what is filed now; the list itself still works.
        (err: unknown) => console.warn('[claimcheck] could not read the stored reports:', err),
      );
    }
  }, [platforms]);

  const reported = useMemo(() => {
    const keys = new Set(filed);
    for (const { account } of flagged) {
      if (stored.get(account.platform)?.some((r) => reportNames(account, r))) keys.add(account.key);
    }
    return keys;
  }, [flagged, stored, filed]);

  return {
    reported: reported as ReadonlySet<string>,
    mark: (key: string) => setFiled((keys) => new Set(keys).add(key)),
  };
}
