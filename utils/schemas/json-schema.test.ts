import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, protocolJsonSchema, protocolJsonSchemaText } from './json-schema';

describe('protocol JSON Schema', () => {
  it('is committed and matches the zod schemas (run `npm run schema` when this fails)', () => {
    const committed = fs.readFileSync(path.resolve(import.meta.dirname, '../..', JSON_SCHEMA_PATH), 'utf8');
    expect(committed).toBe(protocolJsonSchemaText());
  });

  it('describes the wire report with its required fields and limits', () => {
    const report = (protocolJsonSchema() as { $defs: { Report: { required: string[]; properties: Record<string, unknown> } } })
      .$defs.Report;
    expect(report.required).toEqual(
      expect.arrayContaining(['id', 'createdAt', 'platform', 'account', 'category', 'pageUrl', 'evidence', 'client']),
    );
    expect(JSON.stringify(report.properties.note)).toContain('2000');
  });
});
