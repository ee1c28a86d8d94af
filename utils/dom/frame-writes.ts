/**
 * DOM writes (badges, flag attributes) collected and done in the next animation frame, the one
 * the page renders anyway: a badge inserted between frames makes the browser render a frame of
 * its own, and on a long timeline each extra frame costs far more than the insertion (bench:page).
 * Hidden tabs render no frames: there the writes go at once.
 */
export class FrameWrites {
  private queue: (() => void)[] = [];
  private requested = false;

  constructor(private readonly signal: AbortSignal) {}

  add(write: () => void): void {
    if (this.signal.aborted) return;
    if (document.visibilityState !== 'visible') {
      write();
      return;
    }
    this.queue.push(write);
    if (this.requested) return;
    this.requested = true;
    requestAnimationFrame(() => {
      this.requested = false;
      const writes = this.queue;
      this.queue = [];
      if (!this.signal.aborted) for (const w of writes) w();
    });
  }
}
