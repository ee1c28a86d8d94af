import { describe, expect, it } from 'vitest';
import { AccessToken, DEFAULT_SETTINGS, parseSettings, Settings, unusableStoredToken } from './settings';

// Outside visible ASCII: fetch refuses most in a header (Chromium: "non ISO-8859-1 code point";
// undici: "ByteString"), and a space or control character would split or end it.
const UNSENDABLE = ['ｄｅｍｏｔｏｋｅｎ', 'demo\u200btoken', 'tök', 'a b', 'tab\there'];

describe('the access token', () => {
  it('takes none, or visible ASCII: what endpoints accept, p@ss:w0rd! and a=b among them', () => {
    for (const ok of ['', 'e2e-token', 'a1B2.c_d~e+f/g', 'YWJj==', 'p@ss:w0rd!', 'a=b', 'tok"en', 'e'.repeat(500)]) {
      expect(AccessToken.safeParse(ok).success, ok).toBe(true);
    }
  });

  it('refuses characters a request header can never carry, which once read as a network error', () => {
    for (const bad of UNSENDABLE) expect(AccessToken.safeParse(bad).success, bad).toBe(false);
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, accessToken: 'demo\u200btoken' }).success).toBe(false);
  });
});

describe('stored settings with a token saved before it was checked', () => {
  const stored = {
    ...DEFAULT_SETTINGS,
    endpointUrl: 'https://reports.example.org/cc',
    accessToken: 'ｄｅｍｏ\u200b',
    syncEnabled: true,
    sensitivity: 'high',
    trusted: [{ platform: 'weibo', key: '123', displayName: '央视新闻', addedAt: '2026-01-01T00:00:00.000Z' }],
    revision: 7,
  };

  it('still load: the token reads as none, and nothing else is lost', () => {
    const loaded = parseSettings(stored);
    expect(loaded).toEqual({ ...stored, accessToken: '' });
    expect(Settings.safeParse(loaded).success).toBe(true);
  });

  it('name the token that was dropped, so the options page can show it at its field', () => {
    expect(unusableStoredToken(stored)).toBe('ｄｅｍｏ\u200b');
    expect(unusableStoredToken({ ...stored, accessToken: 'fine-token' })).toBeUndefined();
    expect(unusableStoredToken({ ...stored, accessToken: '' })).toBeUndefined();
    expect(unusableStoredToken(undefined)).toBeUndefined();
    expect(unusableStoredToken({ accessToken: 42 })).toBeUndefined();
  });
});
