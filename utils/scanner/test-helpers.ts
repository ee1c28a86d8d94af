// Fixtures for the scanner's unit tests (imported by tests only).
import type { FoundAccount } from '../adapters/types';
import { Verdict } from '../schemas/verdict';

/** An account record as an adapter gives it; `over` replaces any part (the element, the badge). */
export const foundRecord = (key: string, displayName: string, over: Partial<FoundAccount> = {}): FoundAccount => ({
  platform: 'x',
  key,
  displayName,
  verification: { kind: 'none', source: 'dom' },
  element: document.createElement('span'),
  layer: 'hook',
  ...over,
});

// Valid verdicts (parsed, so the fixtures cannot drift from the schema).
export const flaggedVerdict = Verdict.parse({
  flags: [
    {
      category: 'military',
      severity: 'high',
      score: 0.9,
      reasons: [{ code: 'military.command', field: 'displayName', match: 'missile force', messageKey: 'claim.military' }],
    },
  ],
  rulesetVersion: 'test',
});
export const cleanVerdict = Verdict.parse({ flags: [], rulesetVersion: 'test' });
