import { assertChecked, checkOf } from './violation';
import { isIntegerIn, isNonBlank, isRecord, shown } from './values';

describe('rule R18: checks of declarations and small predicates', () => {
  it('rule R18: checkOf is ok without violations', () => {
    expect(checkOf([])).toEqual({ ok: true });
    const v = { field: 'a', message: 'm', messageZh: 'z' };
    expect(checkOf([v])).toEqual({ ok: false, violations: [v] });
  });

  it('rule R18: assertChecked names the first bad field under its prefix', () => {
    expect(() => assertChecked({ ok: true }, 'x')).not.toThrow();
    expect(() =>
      assertChecked(
        { ok: false, violations: [{ field: 'b.c', message: 'bad', messageZh: '坏' }] },
        'a',
      ),
    ).toThrow(new RangeError('a.b.c is invalid: bad'));
    expect(() =>
      assertChecked(
        { ok: false, violations: [{ field: '', message: 'bad', messageZh: '坏' }] },
        'a',
      ),
    ).toThrow(new RangeError('a is invalid: bad'));
  });

  it('rule R18: predicates', () => {
    expect([isRecord({}), isRecord([]), isRecord(null)]).toEqual([true, false, false]);
    expect([isNonBlank(' a '), isNonBlank('  '), isNonBlank(1)]).toEqual([true, false, false]);
    expect([isIntegerIn(3, 1, 3), isIntegerIn(4, 1, 3), isIntegerIn(2.5, 1, 3)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([shown('a'), shown(1), shown(undefined)]).toEqual(['"a"', '1', 'undefined']);
  });
});
