import type { Locator, Page } from 'playwright-core';

/** Texts of the flagged name elements, shadow roots included (Bilibili's comments). */
export function flaggedNames(page: Page): Promise<string[]> {
  return page.locator('[data-claimcheck-flag]').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
}

/** The flagged name elements that hold `name`, shadow roots included. */
export function flaggedNamed(page: Page, name: string): Locator {
  return page.locator('[data-claimcheck-flag]', { hasText: name });
}

/** How many flagged name elements hold `name`. */
export function flaggedCount(page: Page, name: string): Promise<number> {
  return flaggedNamed(page, name).count();
}

/** The button of the badge right after each of `flags` (flagged name elements). */
export function badgeButtonAfter(flags: Locator): Locator {
  return flags.locator('xpath=following-sibling::*[@data-claimcheck-badge][1]').locator('button');
}

/** The button of the badge that follows the flagged name `name`. */
export function badgeAfter(page: Page, name: string): Locator {
  return badgeButtonAfter(flaggedNamed(page, name));
}
