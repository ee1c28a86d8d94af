import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const AXE = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page (axe injected into the page itself). */
export async function runAxe(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  try {
    await page.addScriptTag({ path: AXE });
  } catch {
    // The extension page's CSP (script-src 'self') refuses inline tags; evaluate runs over CDP instead.
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
}
