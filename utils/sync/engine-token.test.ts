import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { reportsDb } from '../store/db';
import { readPause, settingsFingerprint, writePause } from './state';
import { engineHarness } from './testing/engine-harness';
import { acceptAll } from './testing/fake-endpoint';
import { seedPending } from './testing/fixtures';

const h = engineHarness('https://reports.example.org/claimcheck');

/** The stored token is one no header can carry: the settings read it as none (parseSettings). */
function unusableToken() {
  h.settings = { ...h.settings, accessToken: '' };
  const stored = { unusable: true };
  const endpoint = h.engineFor(acceptAll, { storedTokenUnusable: async () => stored.unusable });
  return { ...endpoint, stored };
}

describe('sync engine: a stored access token no request can carry', () => {
  it('blocks sync before any request, "Sync now" too, until the token is fixed', async () => {
    await seedPending(2, h.clock.now());
    const { engine, requests, stored } = unusableToken();
    expect((await engine.run()).blockedReason).toBe('tokenUnusable');
    expect((await engine.run({ force: true })).blockedReason).toBe('tokenUnusable');
    expect(requests).toHaveLength(0);
    expect(await engine.nextWakeAt()).toBeUndefined();
    // Nothing went out, so no 401 and no pause either: fixing the token is all it takes.
    expect(await readPause(await reportsDb())).toBeUndefined();
    stored.unusable = false;
    h.settings = { ...h.settings, accessToken: 'fixed-token', revision: h.settings.revision + 1 };
    expect((await engine.run()).counts.synced).toBe(2);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer fixed-token']);
  });

  it('is the reason shown over the 401 pause that sending without it earned in earlier versions', async () => {
    await seedPending(1, h.clock.now());
    const { engine } = unusableToken();
    await writePause(await reportsDb(), { settingsFingerprint: settingsFingerprint(h.settings), reason: 'refused' });
    expect((await engine.status()).blockedReason).toBe('tokenUnusable');
  });

  it('is worded in English and Chinese (syncBlocked_tokenUnusable)', () => {
    const [en, zh] = [translator('en'), translator('zh_CN')];
    expect(en('syncBlocked_tokenUnusable')).toMatch(/^The saved access token has characters a request cannot carry/);
    expect(zh('syncBlocked_tokenUnusable')).toMatch(/^已保存的访问令牌含有请求无法携带的字符/);
  });
});
