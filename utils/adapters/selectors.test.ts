// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from './registry';
import { loadDocument, REAL_AVAILABLE, REAL_MISSING_REASON, readFixture } from './test-helpers';

// RGH's selector `name_` lists, held against committed fixtures instead of live pages
// (style-anchors.md §4.2): every selector matches exactly as many elements as it declares.
const documents = new Map<string, Document>();
function fixtureDocument(fixture: string): Document {
  let doc = documents.get(fixture);
  if (!doc) {
    doc = loadDocument(readFixture(fixture));
    documents.set(fixture, doc);
  }
  return doc;
}

describe.each(ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s selectors', (_id, adapter) => {
  const cases = Object.entries(adapter.selectors).flatMap(([name, selector]) =>
    selector.expect.map((expectation) => ({ name, css: selector.css, ...expectation })),
  );

  it('declares at least one expectation per selector', () => {
    for (const [name, selector] of Object.entries(adapter.selectors)) {
      expect(selector.expect.length, name).toBeGreaterThan(0);
    }
  });

  for (const c of cases) {
    const title = `${c.name} matches ${c.count} in ${c.fixture}`;
    if (c.fixture.startsWith('real:') && !REAL_AVAILABLE) {
      console.warn(`skipping "${title}": ${REAL_MISSING_REASON}`);
      it.skip(`${title} (${REAL_MISSING_REASON})`, () => {});
      continue;
    }
    it(title, () => {
      expect(fixtureDocument(c.fixture).querySelectorAll(c.css).length).toBe(c.count);
    });
  }
});
