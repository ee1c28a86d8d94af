import { browser } from 'wxt/browser';
import { canvasEncoder, fitJpeg, ScreenshotTooLarge } from '../../utils/report/screenshot';
import type { TabContext } from './tab-context';

/** The visible part of the popup's tab as a JPEG that fits the report's 512 KiB. */
export async function captureTab(tab: TabContext | null): Promise<string> {
  const raw = await browser.tabs.captureVisibleTab(tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT, {
    format: 'jpeg',
    quality: 80,
  });
  const fitted = await fitJpeg(await canvasEncoder(raw));
  if (!fitted) throw new ScreenshotTooLarge();
  return fitted;
}
