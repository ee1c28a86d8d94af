import { createHash, timingSafeEqual } from 'node:crypto';
import { ERROR_TEXT } from './error-text';

export type AuthResult = { ok: true; submitter: string | null } | { ok: false; status: 401 | 403; error: string };

/** What a route needs a token for: `any` is health, which only asks whether the token is known. */
export type Access = 'report' | 'read' | 'any';

export type TokenChecker = (authorization: string | undefined, access: Access) => AuthResult;

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** A short, stable, non-secret name for a token: what the store and the logs record. */
export const tokenFingerprint = (token: string): string => sha256(token).toString('hex').slice(0, 12);

interface KnownToken {
  digest: Buffer;
  fingerprint: string;
  report: boolean;
  read: boolean;
}

/**
 * Checks `Authorization: Bearer <token>`, and also HTTP Basic with the token as the password,
 * because a browser can only send Basic when a reviewer opens the HTML page.
 *
 * Without `readTokens` every report token reads too (the first servers had one kind of token).
 * With them, reading takes a read token and posting a report token; a token in both lists does
 * both. Posting is open while `reportTokens` is empty, reading while both lists are.
 */
export function createTokenChecker(reportTokens: readonly string[], readTokens: readonly string[] = []): TokenChecker {
  const separateReading = readTokens.length > 0;
  const known: KnownToken[] = [...new Set([...reportTokens, ...readTokens])].map((token) => ({
    // Compare digests, not the tokens: equal lengths for timingSafeEqual, no length leak.
    digest: sha256(token),
    fingerprint: tokenFingerprint(token),
    report: reportTokens.includes(token),
    read: separateReading ? readTokens.includes(token) : true,
  }));
  const reportOpen = reportTokens.length === 0;
  const readOpen = reportOpen && !separateReading;

  return (authorization, access) => {
    const presented = presentedToken(authorization);
    const match = presented === null ? null : findToken(known, sha256(presented));
    // Open posting ignores tokens as an open server always did, except a read token: it does not
    // belong in the extension, and a 403 there makes its holder take it out.
    if (access === 'read' ? readOpen : reportOpen) {
      if (access === 'report' && match && !match.report) return refused(ERROR_TEXT.readTokenCannotReport);
      return { ok: true, submitter: null };
    }
    if (presented === null) return { ok: false, status: 401, error: ERROR_TEXT.missingToken };
    if (match === null) return refused(ERROR_TEXT.tokenRefused);
    if (access === 'any' || match[access]) return { ok: true, submitter: match.fingerprint };
    return refused(access === 'read' ? ERROR_TEXT.reportTokenCannotRead : ERROR_TEXT.readTokenCannotReport);
  };
}

const refused = (error: string): AuthResult => ({ ok: false, status: 403, error });

function findToken(known: readonly KnownToken[], presentedDigest: Buffer): KnownToken | null {
  let match: KnownToken | null = null;
  for (const entry of known) {
    // No early exit: the time taken does not tell which token, if any, matched.
    if (timingSafeEqual(entry.digest, presentedDigest)) match = entry;
  }
  return match;
}

function presentedToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const [scheme, value] = authorization.trim().split(/\s+/, 2);
  if (!scheme || !value) return null;
  if (scheme.toLowerCase() === 'bearer') return value;
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 && colon < decoded.length - 1 ? decoded.slice(colon + 1) : null;
  }
  return null;
}
