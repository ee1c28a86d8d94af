import { describe, expect, it } from 'vitest';
import { ReportBatchResponse } from '../utils/schemas/protocol';
import { createApp } from './app';
import { ReportStore } from './store';
import { makeReport } from './test-support';

/** An app on an in-memory store: idempotency is about the store's answers, not the network. */
function setup() {
  const store = new ReportStore(':memory:');
  const app = createApp({ store, rateLimit: false });
  const post = async (reports: unknown[]): Promise<ReportBatchResponse> => {
    const response = await app.request('/v1/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reports }),
    });
    expect(response.status).toBe(200);
    return ReportBatchResponse.parse(await response.json());
  };
  return { store, post };
}

describe('POST /v1/reports idempotency (sync-protocol.md: "an id already stored is accepted again")', () => {
  it('accepts a stored id again even when the re-sent copy no longer validates, and keeps the stored one', async () => {
    const { store, post } = setup();
    const original = makeReport({ note: 'first words' });
    await post([original]);
    const answer = await post([{ ...original, note: 'x'.repeat(2001) }]);
    expect(answer).toEqual({ accepted: [original.id], rejected: [] });
    expect(store.count()).toBe(1);
    expect(store.get(original.id)?.content).toBe(JSON.stringify(original));
  });

  it('still rejects an invalid copy whose id is not a valid id, even if it starts like a stored one', async () => {
    const { store, post } = setup();
    const original = makeReport();
    await post([original]);
    const answer = await post([{ ...original, id: `${original.id}0`, note: 'x'.repeat(2001) }]);
    expect(answer.accepted).toEqual([]);
    expect(answer.rejected.map((r) => r.id)).toEqual([`${original.id}0`]);
    expect(store.count()).toBe(1);
  });

  it('treats the same UUID in upper case as the stored id: accepted under the spelling sent, not stored twice', async () => {
    const { store, post } = setup();
    const original = makeReport({ note: 'first words' });
    await post([original]);
    const upper = original.id.toUpperCase();
    const answer = await post([{ ...original, id: upper, note: 'changed words' }]);
    expect(answer).toEqual({ accepted: [upper], rejected: [] });
    expect(store.count()).toBe(1);
    expect(store.get(upper)?.content).toBe(JSON.stringify(original));
  });

  it('accepts an invalid upper-case copy of a stored id without storing anything', async () => {
    const { store, post } = setup();
    const original = makeReport();
    await post([original]);
    const upper = original.id.toUpperCase();
    expect(await post([{ ...original, id: upper, category: 'nonsense' }])).toEqual({ accepted: [upper], rejected: [] });
    expect(store.count()).toBe(1);
  });

  it('stores one row for two spellings of one id in the same batch and names each spelling once', async () => {
    const { store, post } = setup();
    const report = makeReport({ note: 'first copy' });
    const upper = report.id.toUpperCase();
    const answer = await post([{ ...report, id: upper, platform: 'myspace' }, report, { ...report, id: upper }]);
    expect(answer).toEqual({ accepted: [upper, report.id], rejected: [] });
    expect(store.count()).toBe(1);
    expect(JSON.parse(store.get(report.id)!.content).note).toBe('first copy');
  });

  it('stores a new upper-case id under its lower-case form, so a lower-case re-send finds it', async () => {
    const { store, post } = setup();
    const report = makeReport();
    const upper = report.id.toUpperCase();
    expect(await post([{ ...report, id: upper }])).toEqual({ accepted: [upper], rejected: [] });
    expect(store.get(report.id)?.id).toBe(report.id);
    expect(await post([report])).toEqual({ accepted: [report.id], rejected: [] });
    expect(store.count()).toBe(1);
  });
});
