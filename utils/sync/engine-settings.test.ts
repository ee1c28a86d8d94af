import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { wireCopy } from './batch';
import { lastRunText } from './last-run-text';
import { engineHarness } from './testing/engine-harness';
import { acceptAll } from './testing/fake-endpoint';
import { makeReport, seedPending, TINY_PNG } from './testing/fixtures';

const ENDPOINT = 'https://reports.example.org/claimcheck';
const h = engineHarness(ENDPOINT);

/** The user saves settings while the first request of a long pass is out. */
const changeDuringFirstRequest = (change: Partial<typeof h.settings>) =>
  h.engineFor((r, i) => {
    if (i === 0) h.settings = { ...h.settings, ...change, revision: h.settings.revision + 1 };
    return acceptAll(r);
  });

describe('sync engine: settings changed during a pass', () => {
  it('switching sync off stops the pass before its next request', async () => {
    await seedPending(100, h.clock.now());
    const { engine, requests } = changeDuringFirstRequest({ syncEnabled: false });
    const status = await engine.run();
    expect(requests).toHaveLength(1);
    expect(status.counts).toMatchObject({ synced: 25, pending: 75 });
    expect(status.blockedReason).toBe('syncOff');
    expect(status.lastRun).toMatchObject({ ok: false, sent: 25, accepted: 25, stop: 'settingsChanged' });
  });

  it.each([
    ['endpoint', { endpointUrl: 'https://other.example.org/claimcheck' }],
    ['token', { accessToken: 'new-token' }],
  ])('a new %s ends the pass; the next pass sends with it', async (_name, change) => {
    await seedPending(60, h.clock.now());
    const { engine, requests } = changeDuringFirstRequest(change);
    await engine.run();
    expect(requests).toHaveLength(1);
    expect((await engine.run()).counts.synced).toBe(60);
    for (const r of requests.slice(1)) {
      expect(r.url.startsWith(h.settings.endpointUrl)).toBe(true);
      expect(r.headers.get('authorization')).toBe(`Bearer ${h.settings.accessToken}`);
    }
  });

  it('taking the endpoint host permission back in the browser mid-pass sends nothing more', async () => {
    await seedPending(100, h.clock.now());
    let permitted = true;
    const { engine, requests } = h.engineFor(
      (r, i) => {
        if (i === 0) permitted = false;
        return acceptAll(r);
      },
      { hasHostPermission: async () => permitted },
    );
    const status = await engine.run();
    expect(requests).toHaveLength(1);
    expect(status.counts).toMatchObject({ synced: 25, pending: 75 });
    expect(status.blockedReason).toBe('noHostPermission');
    // Its own stop, not "the sync settings changed": they did not.
    expect(status.lastRun).toMatchObject({ ok: false, sent: 25, stop: 'noHostPermission' });
    expect(lastRunText(status.lastRun!, translator('en'))).toBe(
      'sent 25 reports: 25 accepted, 0 rejected; access to the endpoint was taken back in the browser, so this sync stopped',
    );
    expect(lastRunText(status.lastRun!, translator('zh_CN'))).toBe(
      '已发送 25 条举报：25 条已接收，0 条被拒绝；访问接收端的权限已在浏览器中被收回，本次同步已停止',
    );
    // No hold: granted again, the next pass sends the rest at once.
    permitted = true;
    expect((await engine.run()).counts.synced).toBe(100);
  });

  it('a new endpoint saved mid-pass, which gives the old host its access back, is said as the settings changing', async () => {
    await seedPending(100, h.clock.now());
    const old = h.settings.endpointUrl;
    let saved = false;
    const { engine, requests } = h.engineFor(
      (r, i) => {
        if (i === 0) {
          h.settings = { ...h.settings, endpointUrl: 'https://other.example.org/claimcheck', revision: h.settings.revision + 1 };
          saved = true;
        }
        return acceptAll(r);
      },
      // The background released the old endpoint's grant as the new one was saved.
      { hasHostPermission: async (url) => !(saved && url === old) },
    );
    const status = await engine.run();
    expect(requests).toHaveLength(1);
    expect(status.lastRun).toMatchObject({ ok: false, sent: 25, stop: 'settingsChanged' });
  });

  it('switching "include screenshots in sync" off mid-pass sends no screenshot after it', async () => {
    await seedPending(50, h.clock.now(), 0, { screenshot: TINY_PNG });
    h.settings = { ...h.settings, includeScreenshots: true };
    const { engine, requests } = changeDuringFirstRequest({ includeScreenshots: false });
    expect((await engine.run()).counts.synced).toBe(50);
    expect(requests).toHaveLength(2);
    const screenshots = (i: number) =>
      requests[i]?.body.reports.filter((r) => (r.evidence as { screenshot?: string }).screenshot);
    expect(screenshots(0)).toHaveLength(25);
    expect(screenshots(1)).toHaveLength(0);
  });

  it('a batch packed with screenshots before the opt-out goes without them', async () => {
    await seedPending(50, h.clock.now(), 0, { screenshot: TINY_PNG });
    h.settings = { ...h.settings, includeScreenshots: true };
    // The opt-out is saved after the second batch was packed (with screenshots), as its request is about to go.
    let reads = 0;
    const loadSettings = async () => {
      if (++reads === 3) h.settings = { ...h.settings, includeScreenshots: false, revision: 2 };
      return h.settings;
    };
    const { engine, requests } = h.engineFor(acceptAll, { loadSettings });
    expect((await engine.run()).counts.synced).toBe(50);
    const screenshots = requests.map((r) => r.body.reports.filter((x) => (x.evidence as { screenshot?: string }).screenshot));
    expect(screenshots.map((s) => s.length)).toEqual([25, 0]);
    expect(requests[1]?.body.reports[0]).toEqual(JSON.parse(JSON.stringify(wireCopy(makeReport(25), false))));
  });
});
