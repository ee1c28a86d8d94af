import type { Page } from 'playwright-core';

/** Texts of the flagged name elements, shadow roots included (Bilibili's comments). */
export function flaggedNames(page: Page): Promise<string[]> {
  return page.locator('[data-claimcheck-flag]').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** How many flagged name elements hold `name`. */
export function flaggedCount(page: Page, name: string): Promise<number> {
  return page.locator('[data-claimcheck-flag]', { hasText: name }).count();
}
