import type { Translate } from '../i18n/core';
import { MAX_SCREENSHOT_BYTES } from '../schemas/report';

/**
 * The browser's words when the popup holds no activeTab grant: it was opened by the page's
 * "Report…" (action.openPopup grants nothing), not by the toolbar button. Chrome says "Either
 * the '<all_urls>' or 'activeTab' permission is required."; Firefox names activeTab too.
 */
const NO_TAB_GRANT = /activeTab|<all_urls>/i;

/** The tab's image does not fit the protocol's 512 KiB even at the smallest scale fitJpeg tries. */
export class ScreenshotTooLarge extends Error {
  constructor() {
    super('larger than 512 KiB');
  }
}

/** Why the screenshot failed, in the user's language; the browser's own words only as a detail. */
export function captureFailure(err: unknown, t: Translate): string {
  if (err instanceof ScreenshotTooLarge) return t('screenshotTooLarge');
  const message = err instanceof Error ? err.message : String(err);
  return NO_TAB_GRANT.test(message) ? t('screenshotNeedsToolbar') : t('screenshotFailed', message);
}

/** Bytes of the image inside a base64 data: URL. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Re-encodes the image at a scale (0..1] and JPEG quality (0..1] as a data: URL. */
export type Encoder = (scale: number, quality: number) => Promise<string>;

/**
 * Tries smaller quality, then smaller scale, until the JPEG fits the protocol's 512 KiB.
 * Returns null when even the smallest attempt does not fit.
 */
export async function fitJpeg(encode: Encoder, limit = MAX_SCREENSHOT_BYTES): Promise<string | null> {
  for (const scale of [1, 0.75, 0.5, 0.35]) {
    for (const quality of [0.8, 0.6, 0.45]) {
      const url = await encode(scale, quality);
      if (dataUrlBytes(url) <= limit) return url;
    }
  }
  return null;
}

/** An encoder over a captured image, drawing it on an OffscreenCanvas. */
export async function canvasEncoder(sourceDataUrl: string): Promise<Encoder> {
  const bitmap = await createImageBitmap(await (await fetch(sourceDataUrl)).blob());
  return async (scale, quality) => {
    const canvas = new OffscreenCanvas(
      Math.max(1, Math.round(bitmap.width * scale)),
      Math.max(1, Math.round(bitmap.height * scale)),
    );
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return `data:image/jpeg;base64,${btoa(binary)}`;
  };
}
