// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { flaggedVerdict, foundRecord } from './test-helpers';
import { VerdictBatcher } from './verdict-batcher';

describe('VerdictBatcher when the worker does not answer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('asks again for the batch a restarting worker failed, as no scan asks for it again', async () => {
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      if (++calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: { verdicts: [flaggedVerdict] } };
    });
    const verdicts: string[] = [];
    const batcher = new VerdictBatcher(new AbortController().signal, (key) => verdicts.push(key));
    batcher.want('x:rocketforce', foundRecord('x:rocketforce', 'Rocket Force HQ'), 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(verdicts).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toBe(2);
    expect(verdicts).toEqual(['x:rocketforce']);
  });

  it('gives up after a few refusals instead of asking every few seconds for as long as the page is open', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('refused'));
    const batcher = new VerdictBatcher(new AbortController().signal, () => {});
    batcher.want('x:a', foundRecord('x:a', 'A'), 1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(send).toHaveBeenCalledTimes(6);
  });
});
