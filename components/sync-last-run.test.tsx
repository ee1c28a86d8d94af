// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Lang, translator } from '../utils/i18n';
import type { SyncStatus } from '../utils/schemas/messages';
import { engineHarness } from '../utils/sync/testing/engine-harness';
import { acceptAll, json } from '../utils/sync/testing/fake-endpoint';
import { seedPending } from '../utils/sync/testing/fixtures';
import { TranslateContext } from './i18n';
import { SyncStatusPanel } from './options/SyncStatusPanel';
import { PopupFooter } from './popup/PopupFooter';

// The options panel asks the background for the status; here it gets what the engine returned.
const background = vi.hoisted(() => ({ status: undefined as unknown }));
vi.mock('../utils/messaging', () => ({ sendMessage: async () => background.status }));

const h = engineHarness('https://reports.example.org/claimcheck');
/** Any Latin letter: in the Chinese interface none should come from our own words. */
const LATIN = /[A-Za-z]/;

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

/** The last-run line of the popup footer and of the options page's sync panel, in `lang`. */
async function shown(status: SyncStatus, lang: Lang): Promise<{ popup: string; panel: string }> {
  const t = translator(lang);
  root = document.body.appendChild(document.createElement('div'));
  background.status = status;
  render(
    <TranslateContext.Provider value={t}>
      <PopupFooter sync={status} />
      <SyncStatusPanel ready onSynced={() => {}} />
    </TranslateContext.Provider>,
    root,
  );
  const panel = () => root?.querySelector('#sync-status p[aria-live]')?.textContent ?? '';
  await vi.waitFor(() => expect(panel()).toMatch(t('lastSyncAt', '', '').trim().slice(0, 4)));
  return { popup: root.querySelector('[data-testid="sync-state"]')?.textContent ?? '', panel: panel() };
}

describe('the last sync run, as the popup and the options page word it', () => {
  it('a run that sent everything reads in Chinese only', async () => {
    await seedPending(3, h.clock.now());
    const status = await h.engineFor(acceptAll).engine.run();
    const { popup, panel } = await shown(status, 'zh_CN');
    expect(popup).toContain('已发送 3 条举报：3 条已接收，0 条被拒绝');
    expect(popup).not.toMatch(LATIN);
    expect(panel).not.toMatch(LATIN);
  });

  it('a run the endpoint stopped (503) reads in Chinese only, with the retry wait', async () => {
    await seedPending(2, h.clock.now());
    const status = await h.engineFor(() => json(503, {})).engine.run();
    const { popup, panel } = await shown(status, 'zh_CN');
    expect(popup).toContain('接收端繁忙（503）');
    expect(popup).toContain('30 秒后重试');
    expect(popup).not.toMatch(LATIN);
    expect(panel).toContain('接收端繁忙（503）');
    expect(panel).not.toMatch(LATIN);
  });

  it("a network failure keeps the browser's own words, after the translated sentence", async () => {
    await seedPending(1, h.clock.now());
    const status = await h.engineFor(() => Promise.reject(new TypeError('fetch failed'))).engine.run();
    const { popup, panel } = await shown(status, 'zh_CN');
    for (const text of [popup, panel]) {
      expect(text).toMatch(/无法连接接收端；30 秒后重试（fetch failed）$/);
      expect(text.replace(/（fetch failed）$/, '')).not.toMatch(LATIN);
    }
  });

  it('reads in English in the English interface', async () => {
    await seedPending(2, h.clock.now());
    const ok = await h.engineFor(acceptAll).engine.run();
    expect((await shown(ok, 'en')).popup).toContain('sent 2 reports: 2 accepted, 0 rejected');
    render(null, root!);
    await seedPending(1, h.clock.now(), 10);
    const busy = await h.engineFor(() => json(503, {})).engine.run();
    const { popup, panel } = await shown(busy, 'en');
    for (const text of [popup, panel]) expect(text).toContain('sent 1 report: 0 accepted, 0 rejected, 1 still pending');
    expect(panel).toContain('the endpoint is busy (503); retrying in 30 s');
  });
});
