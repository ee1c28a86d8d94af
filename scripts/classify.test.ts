import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function classify(lines: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'classify-')), 'in.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', file], { encoding: 'utf8' });
  return {
    status: run.status,
    out: run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
    stderr: run.stderr,
  };
}

describe('npm run classify', () => {
  it('prints one verdict per line, in order, with reasons in words', () => {
    const { status, out } = classify([
      '{"platform":"weibo","id":"123","handle":"abc","displayName":"中国红军司令部","verification":{"kind":"none"}}',
      '{"platform":"x","id":"7","displayName":"Jamie Lee","bio":"Coffee and cats","verification":{"kind":"none"}}',
    ]);
    expect(status).toBe(0);
    expect(out[0]).toMatchObject({ id: '123', flags: [{ category: 'military', severity: 'high' }] });
    expect(out[0].flags[0].reasons[0]).toEqual(
      expect.objectContaining({ code: 'military.command', field: 'displayName', message: expect.any(String) }),
    );
    expect(out[1]).toEqual({ id: '7', flags: [], rulesetVersion: out[0].rulesetVersion });
  });

  it('reports malformed lines in place, goes on, and exits 1', () => {
    const { status, out } = classify([
      'not json',
      '{"platform":"mars","displayName":"x","verification":{"kind":"none"}}',
      '{"platform":"x","id":"9","displayName":"Reuters","verification":{"kind":"paid"}}',
    ]);
    expect(status).toBe(1);
    expect(out[0]).toEqual({ line: 1, error: expect.stringContaining('invalid JSON') });
    expect(out[1]).toEqual({ line: 2, error: expect.stringContaining('platform') });
    expect(out[2]).toMatchObject({ id: '9', flags: [{ category: 'news-media' }] });
  });
});
