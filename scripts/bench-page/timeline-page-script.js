// The timeline page's own script (main world), served in both variants alike. It appends
// clones of the page's post template in batches, and records when each impostor's name gets
// flagged: a MutationObserver on the data-claimcheck-flag attribute, present with and without
// the extension so that its (tiny) cost is the same in both. Config and names come from JSON
// script elements; results are left on window.__benchStats for the bench to read.
(() => {
  const config = JSON.parse(document.getElementById('bench-config').textContent);
  const names = JSON.parse(document.getElementById('bench-names').textContent);
  const template = document.querySelector('[data-post-template]');
  const container = document.querySelector('[data-post-container]') || template.parentElement;
  const keys = [
    ['name', template.getAttribute('data-name')],
    ['handle', template.getAttribute('data-handle')],
    ['id', template.getAttribute('data-vary-id')],
  ].filter(([, value]) => value);
  const prototype = template.cloneNode(true);
  for (const attr of ['data-post-template', 'data-name', 'data-handle', 'data-vary-id']) prototype.removeAttribute(attr);
  template.remove();

  // Slots: [child-index path, attribute name or null for a text node, original value], found
  // once so that each post costs a clone and a few string replacements, like a real renderer.
  const slots = [];
  const mentionsKey = (value) => keys.some(([, key]) => value.includes(key));
  const walk = (node, path) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (mentionsKey(node.nodeValue)) slots.push([path, null, node.nodeValue]);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    for (const attr of node.attributes) {
      if (attr.name !== 'class' && attr.name !== 'style' && mentionsKey(attr.value)) slots.push([path, attr.name, attr.value]);
    }
    node.childNodes.forEach((child, i) => {
      walk(child, [...path, i]);
    });
  };
  walk(prototype, []);
  const nodeAt = (root, path) => path.reduce((node, i) => node.childNodes[i], root);

  /** Each post's account: a new one per pass over the name list (no verdict cache hits across passes). */
  const accountOf = (index) => {
    const who = names[index % names.length];
    const pass = Math.floor(index / names.length);
    const handle =
      config.accountMode === 'uid' ? String(Number(who.handle) + pass * 10000) : pass ? who.handle + pass : who.handle;
    return { name: who.name, handle, impostor: who.impostor, id: String(1900000000000000000n + BigInt(index)) };
  };

  const insertedAt = new WeakMap();
  const stats = {
    made: 0,
    impostorPosts: 0,
    impostorsFlagged: 0,
    genuineFlagged: 0,
    otherFlagged: 0,
    latencies: [],
    flagObserverMs: 0,
  };
  window.__benchStats = stats;
  stats.postBytes = new TextEncoder().encode(prototype.outerHTML).length;

  function makePost(index) {
    const account = accountOf(index);
    const post = prototype.cloneNode(true);
    for (const [path, attr, original] of slots) {
      let value = original;
      for (const [key, from] of keys) value = value.split(from).join(account[key]);
      const node = nodeAt(post, path);
      if (attr) node.setAttribute(attr, value);
      else node.nodeValue = value;
    }
    if (account.impostor) stats.impostorPosts++;
    return { post, account };
  }

  const flaggedPosts = new WeakSet();
  const flaggedOthers = new WeakSet();
  new MutationObserver((records) => {
    const now = performance.now();
    // Timed, so the bench can leave it out of the page's own script time (speed-clock.ts): it
    // only has work when the extension flags something.
    try {
      countFlags(records, now);
    } finally {
      stats.flagObserverMs += performance.now() - now;
    }
  }).observe(container, { attributes: true, attributeFilter: ['data-claimcheck-flag'], subtree: true });

  function countFlags(records, now) {
    for (const record of records) {
      const element = record.target;
      if (!element.hasAttribute('data-claimcheck-flag')) continue;
      let post = element;
      while (post && post.parentElement !== container) post = post.parentElement;
      const inserted = post && insertedAt.get(post);
      if (!inserted) continue;
      // The post's author name; other names in a post (X's quoted post) are counted apart.
      if (!element.textContent.includes(inserted.name)) {
        if (!flaggedOthers.has(element)) stats.otherFlagged++;
        flaggedOthers.add(element);
        continue;
      }
      if (flaggedPosts.has(post)) continue;
      flaggedPosts.add(post);
      if (inserted.impostor) {
        stats.impostorsFlagged++;
        stats.latencies.push(now - inserted.time);
      } else stats.genuineFlagged++;
    }
  }

  let timer = 0;
  function tick() {
    const fragment = document.createDocumentFragment();
    const batch = [];
    for (let k = 0; k < config.batch && stats.made < config.posts; k++) batch.push(makePost(stats.made++));
    for (const { post } of batch) fragment.append(post);
    container.append(fragment);
    const time = performance.now();
    for (const { post, account } of batch) insertedAt.set(post, { time, name: account.name, impostor: account.impostor });
    if (stats.made >= config.posts) {
      clearInterval(timer);
      stats.done = performance.now();
      console.timeStamp('bench-page:done');
    }
  }
  const start = () => {
    stats.start = performance.now();
    console.timeStamp('bench-page:start');
    timer = setInterval(tick, config.intervalMs);
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
})();
