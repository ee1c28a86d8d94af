import type { ScannedAccount } from '../schemas/account';
import type { Verdict } from '../schemas/verdict';

/** Where the content script gets verdicts: its own engine, or the background's in batches. */
export interface VerdictSource {
  /**
   * Asks for the account's verdict; `onVerdict` gets it now (local) or later (background). The
   * account may be the adapter's record itself (element and all): the local engine reads only
   * the record's fields, and a message to the background carries a copy of just those.
   */
  want(key: string, account: ScannedAccount, revision: number): void;
  /** The account's data changed (page data arrived): a cached verdict no longer holds. */
  forget(key: string): void;
}

export type OnVerdict = (key: string, verdict: Verdict) => void;
