import { DEFAULT_BANNED_USE_POLICY } from './banned-use-policy';
import { isDeeplyFrozenData } from './frozen-data';

describe('isDeeplyFrozenData (what may be checked once and remembered)', () => {
  it('holds for primitives and deeply frozen plain objects and arrays, as the default policy is', () => {
    expect(isDeeplyFrozenData('工资')).toBe(true);
    expect(isDeeplyFrozenData(null)).toBe(true);
    expect(isDeeplyFrozenData(Object.freeze({ a: Object.freeze(['x']), b: 1 }))).toBe(true);
    expect(isDeeplyFrozenData(DEFAULT_BANNED_USE_POLICY)).toBe(true);
  });

  it('fails for anything that could still change', () => {
    expect(isDeeplyFrozenData({ a: 1 })).toBe(false);
    // frozen on the outside only
    expect(isDeeplyFrozenData(Object.freeze({ list: ['x'] }))).toBe(false);
    // a getter may answer differently each time
    let n = 0;
    expect(
      isDeeplyFrozenData(
        Object.freeze({
          get v() {
            return n++;
          },
        }),
      ),
    ).toBe(false);
    // a class instance: its prototype may change
    expect(isDeeplyFrozenData(Object.freeze(new (class Policy {})()))).toBe(false);
    expect(isDeeplyFrozenData(Object.freeze({ f: () => 1 }))).toBe(false);
  });
});
