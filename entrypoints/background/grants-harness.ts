import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';

// For the tests of sites and grants: the browser's registrations, grants and open tabs as the
// scripting, permissions and tabs APIs answer them (the fake implements none of these).

/**
 * A browser whose grants change as permissions.remove changes them: an exact set of patterns,
 * as Chromium keeps it (removing `*://h/*` leaves `https://h/*`). `tabs`: the open tabs, by URL.
 */
export function browserState(registered: string[], granted: Iterable<string>, tabs: Record<number, string> = {}) {
  const grants = new Set(granted);
  const scripts = new Set(registered.map((host) => `claimcheck-site-${host}`));
  const removed: string[] = [];
  const unregistered: string[] = [];
  /** Tab ids the scanner was started in, once per start. */
  const started: number[] = [];
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...scripts]
      .filter((id) => !filter?.ids || filter.ids.includes(id))
      .map((id) => ({ id, js: ['/content-scripts/generic.js'] }) as Browser.scripting.RegisteredContentScript),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => {
    for (const { id } of list) {
      if (scripts.has(id)) throw new Error(`Duplicate script ID '${id}'`);
      scripts.add(id);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) {
      unregistered.push(id);
      scripts.delete(id);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async ({ target }) => {
    started.push(target.tabId);
    return [];
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async ({ url }) => {
    const host = typeof url === 'string' ? /^\*:\/\/([^/]+)\/\*$/.exec(url)?.[1] : undefined;
    return Object.entries(tabs)
      .filter(([, tabUrl]) => new URL(tabUrl).hostname === host)
      .map(([id, tabUrl]) => ({ id: Number(id), url: tabUrl }) as Browser.tabs.Tab);
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((o) => grants.has(o)),
  );
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...grants], permissions: [] }));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    for (const o of origins) {
      removed.push(o);
      grants.delete(o);
    }
    return true;
  });
  return {
    grants,
    removed,
    unregistered,
    started,
    /** The hosts whose scanner is registered now. */
    registered: () => [...scripts].map((id) => id.replace('claimcheck-site-', '')),
  };
}
