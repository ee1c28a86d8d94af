import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { captureFailure, ScreenshotTooLarge } from './screenshot';

const CHROME_NO_GRANT = "Either the '<all_urls>' or 'activeTab' permission is required.";

describe('captureFailure', () => {
  it("turns Chrome's missing-activeTab error into a translated pointer to the toolbar button", () => {
    for (const lang of ['en', 'zh_CN'] as const) {
      const t = translator(lang);
      const shown = captureFailure(new Error(CHROME_NO_GRANT), t);
      expect(shown).toBe(t('screenshotNeedsToolbar'));
      expect(shown).not.toContain('activeTab');
    }
    expect(captureFailure(new Error(CHROME_NO_GRANT), translator('zh_CN'))).toContain('工具栏');
    expect(captureFailure(new Error(CHROME_NO_GRANT), translator('en'))).toContain('toolbar');
  });

  it("maps Firefox's wording too", () => {
    const t = translator('en');
    expect(captureFailure(new Error('Missing activeTab permission'), t)).toBe(t('screenshotNeedsToolbar'));
  });

  it('says in the reader language that a screenshot too large even when shrunk is left out', () => {
    expect(captureFailure(new ScreenshotTooLarge(), translator('zh_CN'))).toBe(
      '截图缩到最小仍超过 512 KiB，无法附上；举报可以不带截图提交。',
    );
    expect(captureFailure(new ScreenshotTooLarge(), translator('en'))).toContain('larger than 512 KiB');
  });

  it("keeps any other failure's own words after the translated sentence", () => {
    const t = translator('zh_CN');
    expect(captureFailure(new Error('Tabs cannot be edited right now'), t)).toBe('无法截图：Tabs cannot be edited right now');
    expect(captureFailure('odd', t)).toBe('无法截图：odd');
  });
});
