import { createHash, timingSafeEqual } from 'node:crypto';
import { ERROR_TEXT } from './error-text';

export type AuthResult = { ok: true; submitter: string | null } | { ok: false; status: 401 | 403; error: string };

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** A short, stable, non-secret name for a token: what the store and the logs record. */
export const tokenFingerprint = (token: string): string => sha256(token).toString('hex').slice(0, 12);

/**
 * Checks `Authorization: Bearer <token>`, and also HTTP Basic with the token as the password,
 * because a browser can only send Basic when a reviewer opens the HTML page. With no token
 * configured the server is open and every request passes.
 */
export function createTokenChecker(tokens: readonly string[]): (authorization: string | undefined) => AuthResult {
  // Compare digests, not the tokens: equal lengths for timingSafeEqual, no length leak.
  const digests = tokens.map((token) => ({ digest: sha256(token), fingerprint: tokenFingerprint(token) }));
  return (authorization) => {
    if (digests.length === 0) return { ok: true, submitter: null };
    const presented = presentedToken(authorization);
    if (presented === null) return { ok: false, status: 401, error: ERROR_TEXT.missingToken };
    const presentedDigest = sha256(presented);
    let match: string | null = null;
    for (const { digest, fingerprint } of digests) {
      // No early exit: the time taken does not tell which token, if any, matched.
      if (timingSafeEqual(digest, presentedDigest)) match = fingerprint;
    }
    return match === null ? { ok: false, status: 403, error: ERROR_TEXT.tokenRefused } : { ok: true, submitter: match };
  };
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
