import { describe, expect, it } from 'vitest';
import { account, categoriesOf } from './test-helpers';

// The spec names these impostors (military: "Missile Force", "Army Command"; news: 主播, "Anchor").
describe('impostor names in the forms accounts write them (reviewer #8)', () => {
  it('plural forces and commands', () => {
    for (const name of ['Strategic Missile Forces', 'Strategic Rocket Forces', 'Chinese Army Commands']) {
      expect(categoriesOf(account(name, { platform: 'x' })), name).toEqual(['military']);
    }
  });

  it('lower-case handles that run the words together', () => {
    for (const handle of ['missileforce', 'redarmycommand', 'rocketforces']) {
      expect(categoriesOf(account('Official', { platform: 'x', handle })), handle).toEqual(['military']);
    }
  });

  it('synthetic news anchors, but not a game or sales live-streamer', () => {
    for (const name of ['AI主播小雅', 'AI合成主播', '新华社AI合成主播'])
      expect(categoriesOf(account(name)), name).toEqual(['news-media']);
    for (const name of ['游戏主播小明', '带货主播', '户外主播阿杰', '虚拟主播 晓央', '数字人主播带货'])
      expect(categoriesOf(account(name)), name).toEqual([]);
    expect(categoriesOf(account('虚拟主播小七', { bio: 'VUP 唱见' }))).toEqual([]);
  });

  it('a ministry named portfolio first', () => {
    expect(categoriesOf(account('Public Security Ministry', { platform: 'x' }))).toEqual(['public-institution']);
  });
});
