/**
 * A queue of its own: each step given to the function it returns starts after the one before
 * has settled, failed or not. For read-modify-writes of one stored value within one context
 * (two running side by side would each write back what the other did not see).
 */
export function oneAtATime(): <T>(step: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (step) => {
    const run = queue.then(step, step);
    queue = run.catch(() => {});
    return run;
  };
}
