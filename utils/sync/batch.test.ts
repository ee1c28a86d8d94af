import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../schemas/protocol';
import { MAX_SCREENSHOT_BYTES } from '../schemas/report';
import { batchBody, halve, packBatch, toWire, wireCopy } from './batch';
import { makeReport, pendingReport, TINY_PNG } from './testing/fixtures';

/** A PNG data: URL of (almost) the largest size a report may carry. */
function largeScreenshot(): string {
  const base64Chars = Math.floor((MAX_SCREENSHOT_BYTES * 4) / 3 / 4) * 4;
  return `data:image/png;base64,${'A'.repeat(base64Chars)}`;
}

describe('batches on the wire', () => {
  it('strips the screenshot unless the user opted in, without touching the stored report', () => {
    const report = makeReport(1, { screenshot: TINY_PNG });
    expect(wireCopy(report, false).evidence).not.toHaveProperty('screenshot');
    expect(wireCopy(report, true).evidence.screenshot).toBe(TINY_PNG);
    expect(report.evidence.screenshot).toBe(TINY_PNG);
    expect(JSON.parse(toWire(pendingReport(report, 0), false).json)).toEqual(wireCopy(report, false));
  });

  it('takes at most 25 reports', () => {
    const wire = Array.from({ length: 40 }, (_, i) => toWire(pendingReport(makeReport(i), 0), false));
    expect(packBatch(wire).map((w) => w.id)).toEqual(wire.slice(0, 25).map((w) => w.id));
  });

  it('keeps the body within 4 MiB when screenshots are included', () => {
    const shot = largeScreenshot();
    const wire = Array.from({ length: 25 }, (_, i) => toWire(pendingReport(makeReport(i, { screenshot: shot }), 0), true));
    const batch = packBatch(wire);
    const bytes = new TextEncoder().encode(batchBody(batch)).byteLength;
    expect(bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
    // As many as fit: one more would pass the limit.
    const oneMore = new TextEncoder().encode(batchBody(wire.slice(0, batch.length + 1))).byteLength;
    expect(oneMore).toBeGreaterThan(MAX_BODY_BYTES);
    expect(batch.length).toBe(5);
    expect(JSON.parse(batchBody(batch)).reports).toHaveLength(5);
  });

  it('always sends the first report, even one too large alone (the endpoint then answers 413)', () => {
    const huge = { ...toWire(pendingReport(makeReport(1), 0), false), json: `"${'x'.repeat(MAX_BODY_BYTES)}"` };
    expect(packBatch([huge, toWire(pendingReport(makeReport(2), 0), false)])).toEqual([huge]);
  });

  it('halves with the larger half first', () => {
    expect(halve([1, 2, 3, 4, 5])).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(halve([1, 2])).toEqual([[1], [2]]);
  });
});
