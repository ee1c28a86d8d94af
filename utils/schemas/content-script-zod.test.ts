import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content scripts validate with zod/mini: classic zod would add about 65 KB (19 KB gzip) to
// the bundle injected into every page. This walks their runtime imports (type-only imports are
// erased) and fails on any module that brings classic zod back.

const ROOT = resolve(__dirname, '../..');
const ENTRIES = readdirSync(resolve(ROOT, 'entrypoints'))
  .filter((name) => /\.content(\.ts)?$/.test(name))
  .map((name) => (name.endsWith('.ts') ? `entrypoints/${name}` : `entrypoints/${name}/index.ts`));
const CLASSIC = new Set(['zod', 'zod/v4', 'zod/v4/classic', 'zod/classic']);

function runtimeSpecifiers(source: string): string[] {
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    if (m[5]) out.push(m[5]);
    else if (!m[2]) out.push(m[4]!);
  }
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((p) => statSync(p, { throwIfNoEntry: false })?.isFile());
}

function walk(entry: string): { found: string[]; seen: string[] } {
  const seen = new Set<string>();
  const found: string[] = [];
  const stack = [resolve(ROOT, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (CLASSIC.has(spec)) found.push(`${relative(ROOT, file)} imports '${spec}'`);
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next && /\.tsx?$/.test(next)) stack.push(next);
      }
    }
  }
  return { found, seen: [...seen].map((f) => relative(ROOT, f)) };
}

describe('content scripts', () => {
  it('are all walked (one per site, the generic one, the page-data reader)', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(12);
  });

  for (const entry of ENTRIES) {
    it(`${entry} reaches no classic zod at run time`, () => {
      const { found, seen } = walk(entry);
      expect(seen.length).toBeGreaterThan(1);
      expect(found).toEqual([]);
    });
  }

  it('the walk follows directory imports and sees a classic import where there is one', () => {
    expect(walk('utils/engine/engine.ts').seen).toContain('utils/engine/rules/schema.ts');
    expect(walk('utils/schemas/verdict.ts').found).toEqual(["utils/schemas/verdict.ts imports 'zod'"]);
  });
});
