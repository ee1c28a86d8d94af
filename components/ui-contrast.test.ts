import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const UI = read('components/ui.css');
const OPTIONS = read('entrypoints/options/options.css');

/** The custom properties of the first `:root { … }` in `css`. */
function variables(css: string): Record<string, string> {
  const block = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const DARK_CSS = (css: string) => css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const LIGHT = variables(UI);
const DARK = { ...LIGHT, ...variables(DARK_CSS(UI)) };

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) =>
    [1, 3, 5]
      .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The variable a rule's `property` names, e.g. `border: 1px solid var(--x)` → x. */
function variableOf(css: string, selector: string, property: string): string {
  const rule = css.slice(css.indexOf(selector));
  const body = rule.slice(rule.indexOf('{'), rule.indexOf('}'));
  return new RegExp(`${property}:[^;]*var\\(--([\\w-]+)\\)`).exec(body)?.[1] ?? '';
}

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('colours of the %s scheme (WCAG 1.4.3 and 1.4.11)', (_, v) => {
  it('text is 4.5:1 or more on the page and on panels', () => {
    for (const text of ['fg', 'muted', 'accent', 'danger', 'ok'])
      for (const ground of ['bg', 'panel'])
        expect(contrast(v[text]!, v[ground]!), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['warn-fg']!, v['warn-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v.bg!, v.accent!), 'primary button').toBeGreaterThanOrEqual(4.5);
  });

  it('the edges of text fields, selects and buttons, the focus ring and the severity edges are 3:1 or more', () => {
    const field = variableOf(UI, 'input[type="url"]', 'border');
    const button = variableOf(UI, '\nbutton {', 'border');
    const date = variableOf(OPTIONS, '.filters input[type="date"]', 'border');
    for (const edge of [field, button, date])
      for (const ground of ['bg', 'panel'])
        expect(contrast(v[edge]!, v[ground]!), `${edge} on ${ground}`).toBeGreaterThanOrEqual(3);
    expect(contrast(v.accent!, v.bg!), 'focus ring').toBeGreaterThanOrEqual(3);
    for (const level of ['high', 'medium', 'low']) {
      const edge = variableOf(UI, `.flag-item.severity-${level}`, 'border-left-color');
      expect(contrast(v[edge]!, v.bg!), level).toBeGreaterThanOrEqual(3);
    }
  });

  it('the focus ring on the inverted undo bar is 3:1 or more', () => {
    const ring = variableOf(OPTIONS, '.undo-bar :focus-visible', 'outline-color');
    expect(contrast(v[ring]!, v.fg!)).toBeGreaterThanOrEqual(3);
  });
});

describe('the weekly chart on the dark page', () => {
  it('draws every category 3:1 or more against the page, bars and legend alike', () => {
    const colours = [
      ...(/const COLORS = \[([^\]]*)\]/.exec(read('components/options/WeeklyChart.tsx'))?.[1] ?? '').matchAll(/#[0-9a-f]{6}/gi),
    ];
    expect(colours).toHaveLength(5);
    const dark = DARK_CSS(OPTIONS);
    colours.forEach(([colour], i) => {
      const bar = new RegExp(`rect\\[fill="${colour}"\\]\\s*{\\s*fill:\\s*(#[0-9a-f]{6})`, 'i').exec(dark)?.[1] ?? colour;
      expect(contrast(bar, DARK.bg!), `bar ${colour}`).toBeGreaterThanOrEqual(3);
      // "Other" is the legend's last entry; its swatch is repainted with the bar's colour.
      if (bar !== colour && i === colours.length - 1)
        expect(dark).toContain(`.legend li:last-child .swatch {\n    box-shadow: inset 0 0 0 5px ${bar}`);
    });
  });
});
