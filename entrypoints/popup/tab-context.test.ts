import { describe, expect, it } from 'vitest';
import type { TabState } from '../../utils/schemas/messages';
import { stateOfOpenSite, type TabContext } from './tab-context';

const state = { url: 'https://x.com/home', platform: 'x', scanned: 3, flagged: [] } as unknown as TabState;
const tab = (url: string): TabContext => ({ tabId: 1, url, platform: 'x', supported: true });

describe('stateOfOpenSite', () => {
  it('keeps a state reported from the site open in the tab, and drops one from a site the tab left', () => {
    expect(stateOfOpenSite(state, tab('https://x.com/some/other/page'))).toBe(state);
    expect(stateOfOpenSite(state, tab('https://forum.example.org/t/1'))).toBeNull();
    expect(stateOfOpenSite(state, tab('chrome://newtab/'))).toBeNull();
    expect(stateOfOpenSite(null, tab('https://x.com/home'))).toBeNull();
  });
});
