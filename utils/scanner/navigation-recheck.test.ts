// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NavigationRecheck } from './navigation-recheck';

const nameEl = (text: string) => {
  const el = document.createElement('span');
  el.textContent = text;
  document.body.append(el);
  return el;
};

describe('NavigationRecheck', () => {
  it('gives the key of a name read after a navigation whose text the site then changed in place, once', () => {
    let now = 0;
    const recheck = new NavigationRecheck(() => now);
    recheck.navigated();
    const header = nameEl('中国军网');
    const post = nameEl('某用户');
    recheck.read('weibo:7910000001', header);
    recheck.read('weibo:123', post);
    now = 300;
    expect([...recheck.changed()]).toEqual([]);
    header.firstChild!.nodeValue = '中国人民解放军火箭军司令部';
    expect([...recheck.changed()]).toEqual(['weibo:7910000001']);
    expect([...recheck.changed()]).toEqual([]);
  });

  it('watches nothing before a navigation, nor what is read after its window', () => {
    let now = 0;
    const recheck = new NavigationRecheck(() => now);
    const before = nameEl('a');
    recheck.read('k1', before);
    before.textContent = 'b';
    expect([...recheck.changed()]).toEqual([]);
    recheck.navigated();
    now = 10_000;
    const late = nameEl('c');
    recheck.read('k2', late);
    late.textContent = 'd';
    expect([...recheck.changed()]).toEqual([]);
  });

  it('lets go of names that left the page, and of all once the window is over', () => {
    let now = 0;
    const recheck = new NavigationRecheck(() => now);
    recheck.navigated();
    const gone = nameEl('x');
    const kept = nameEl('y');
    recheck.read('gone', gone);
    recheck.read('kept', kept);
    gone.remove();
    gone.textContent = 'changed off the page';
    expect([...recheck.changed()]).toEqual([]);
    now = 7_000;
    expect([...recheck.changed()]).toEqual([]);
    kept.textContent = 'changed after the window';
    expect([...recheck.changed()]).toEqual([]);
  });
});
