import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareEngineInTasks } from './local-verdicts';

afterEach(() => {
  vi.useRealTimers();
});

// The engine's four start-up steps run in timer callbacks (bench:page counts script time by the
// browser's callbacks, and a promise continuation is none of them), each a task of its own.
describe('prepareEngineInTasks', () => {
  it('takes five tasks (four steps, then the scan) and nothing more', () => {
    vi.useFakeTimers();
    const scan = vi.fn();
    prepareEngineInTasks(() => true, scan);
    for (let task = 1; task <= 5; task++) {
      expect(scan).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersToNextTimer();
    }
    expect(scan).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops, scanning nothing, once the script context has ended', () => {
    vi.useFakeTimers();
    let valid = true;
    const scan = vi.fn();
    prepareEngineInTasks(() => valid, scan);
    vi.advanceTimersToNextTimer();
    valid = false;
    vi.runAllTimers();
    expect(scan).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
