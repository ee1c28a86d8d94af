import { describe, expect, it } from 'vitest';
import { balancedLiteral, jsLiteralToJson, jsonAfter } from './embedded-json';

describe('embedded JSON without eval', () => {
  it('finds the balanced literal through strings holding brackets and escaped quotes', () => {
    const text = 'var $render_data = [{"a":"}]\\"{[","b":{"c":[1,2]}}][0] || {};';
    expect(jsonAfter(text, '$render_data =')).toEqual([{ a: '}]"{[', b: { c: [1, 2] } }]);
  });

  it('reads JS literals with undefined/NaN outside strings only', () => {
    expect(JSON.parse(jsLiteralToJson('{"a":undefined,"b":"undefined","c":[NaN,-Infinity],"undefinedKey":1}'))).toEqual({
      a: null,
      b: 'undefined',
      c: [null, null],
      undefinedKey: 1,
    });
    expect(jsonAfter('window.__INITIAL_STATE__={"user":{"x":undefined}}', 'window.__INITIAL_STATE__=', true)).toEqual({
      user: { x: null },
    });
  });

  it('returns undefined for missing markers, unbalanced or invalid text, and code', () => {
    expect(jsonAfter('var x = 1;', 'ytInitialData =')).toBeUndefined();
    expect(jsonAfter('var ytInitialData = {"a":', 'ytInitialData =')).toBeUndefined();
    expect(jsonAfter('var ytInitialData = {a: alert(1)};', 'ytInitialData =')).toBeUndefined();
    expect(balancedLiteral('abc', 0)).toBeUndefined();
  });
});
