import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type FixtureServer, startFixtureServer } from './fixture-server';

export interface SessionOptions {
  /** Pages served beside the standard fixtures (startFixtureServer's extra routes). */
  routes?: Record<string, string | { html: string }>;
  /** Grants added to the build's copy (LaunchOptions.extraHostPermissions). */
  extraHostPermissions?: string[];
  /**
   * The tab the tests share: a URL opens it there, true leaves it blank, false opens none (the
   * tests open their own tabs). Default true.
   */
  page?: boolean | string;
}

/** Filled in by the block's beforeAll: read the fields inside tests and hooks, not at describe time. */
export interface ExtensionSession {
  readonly fixtures: FixtureServer;
  readonly browser: ExtensionBrowser;
  readonly page: Page;
}

/**
 * Call inside a describe: its beforeAll starts the fixture server, launches Chromium with the
 * built extension resolving the fixtures' hosts to that server, and opens the shared tab; its
 * afterAll closes the browser, then the server. A block's own hooks, added after this call, run
 * after that set-up and before that teardown (vitest runs afterAll hooks in reverse order), so
 * they can use the browser in both.
 */
export function useExtensionBrowser(opts: SessionOptions = {}): ExtensionSession {
  let fixtures: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    fixtures = await startFixtureServer(opts.routes);
    browser = await launchWithExtension({
      hosts: fixtures.hosts,
      port: fixtures.port,
      extraHostPermissions: opts.extraHostPermissions,
    });
    if (opts.page === false) return;
    page = await browser.context.newPage();
    if (typeof opts.page === 'string') await page.goto(opts.page);
  });

  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
  });

  // Getters that throw name the mistake (a field read at describe time, or a tab asked of a block
  // that opened none) where plain fields would hand the test `undefined`.
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useExtensionBrowser: ${what} is set in beforeAll; read it inside a test or hook`);
    return value;
  };
  return {
    get fixtures() {
      return ready(fixtures, 'the fixture server');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    get page() {
      if (opts.page === false) throw new Error('useExtensionBrowser: this block passed page: false, so it has no shared tab');
      return ready(page, 'the shared tab');
    },
  };
}
