// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_ATTR } from './badge';
import { ScanQueue } from './scan-queue';
import { watchDom } from './watch-dom';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Counts the observer callbacks that reach the script (each is a call into it in a browser). */
function countCallbacks(): { calls: number; restore: () => void } {
  const Original = globalThis.MutationObserver;
  const counter = { calls: 0, restore: () => (globalThis.MutationObserver = Original) };
  globalThis.MutationObserver = class extends Original {
    constructor(cb: MutationCallback) {
      super((records, observer) => {
        counter.calls++;
        cb(records, observer);
      });
    }
  };
  return counter;
}

describe('watchDom', () => {
  let counter: ReturnType<typeof countCallbacks> | undefined;
  afterEach(() => counter?.restore());

  it("takes a slice's own records at its end: its badges are never scanned and cost no callback; other nodes in them are still scanned", async () => {
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    counter = countCallbacks();
    const scanned: string[] = [];
    const controller = new AbortController();
    const queue = new ScanQueue({
      scan: (root) => {
        if (root === document) return;
        const el = root as Element;
        scanned.push(el.className);
        if (el.className !== 'post') return;
        // What a scan writes: a badge after the name...
        const badge = document.createElement('span');
        badge.setAttribute(BADGE_ATTR, '');
        el.after(badge);
        // ...while a page's node may land in the same records (added by a microtask before ours).
        const late = document.createElement('div');
        late.className = 'late';
        main.append(late);
      },
      idle: () => {},
      signal: controller.signal,
      schedule: (cb) => setTimeout(cb, 0),
    });
    watchDom(document, { queue, signal: controller.signal, setInterval: () => 0 });
    await settle();
    const before = counter.calls;

    const post = document.createElement('div');
    post.className = 'post';
    main.append(post);
    await settle();

    expect(scanned).toEqual(['post', 'late']);
    // One callback for the page's post; the slice's own records were taken, not delivered.
    expect(counter.calls - before).toBe(1);
    controller.abort();
  });

  it('says when the page removed nodes, and not when it only added them', async () => {
    document.body.innerHTML = '<main><p>old</p></main>';
    const main = document.querySelector('main')!;
    const controller = new AbortController();
    const queue = new ScanQueue({
      scan: () => {},
      idle: () => {},
      signal: controller.signal,
      schedule: (cb) => setTimeout(cb, 0),
    });
    let removals = 0;
    watchDom(document, { queue, signal: controller.signal, setInterval: () => 0, onRemoved: () => removals++ });
    await settle();

    main.append(document.createElement('div'));
    await settle();
    expect(removals).toBe(0);
    // Text changing (X's relative timestamps) removes no element that could hold a name.
    main.querySelector('p')!.textContent = 'new';
    await settle();
    expect(removals).toBe(0);

    main.querySelector('p')!.remove();
    await settle();
    expect(removals).toBe(1);
    // A replaced subtree removes nodes too.
    main.innerHTML = '<section></section>';
    await settle();
    expect(removals).toBe(2);
    // Our own badge taken off (a verdict changed) is not the page removing anything.
    const badge = document.createElement('span');
    badge.setAttribute(BADGE_ATTR, '');
    main.append(badge);
    await settle();
    badge.remove();
    await settle();
    expect(removals).toBe(2);
    controller.abort();
  });
});
