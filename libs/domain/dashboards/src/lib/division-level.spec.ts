import fc from 'fast-check';
import {
  childLevelOf,
  divisionLevelOf,
  isDivisionCode,
  isWithin,
  narrowArea,
  parentCodeOf,
} from './division-level';

describe('rule R1: division levels and their codes', () => {
  it.each([
    ['45', 'PROVINCE', null],
    ['4501', 'CITY', '45'],
    ['450102', 'COUNTY', '4501'],
    ['450102001', 'STREET', '450102'],
  ])('rule R1: %s is a %s, under %p', (code, level, parent) => {
    expect(divisionLevelOf(code)).toBe(level);
    expect(parentCodeOf(code)).toBe(parent);
  });

  it.each(['', '4', '450', '45010', '4501020', '45010200', '4501020010', '45a1', ' 45'])(
    'rule R1: refuses "%s", naming the lengths a code may have',
    (code) => {
      expect(() => divisionLevelOf(code)).toThrow(/2, 4, 6 or 9 digits/);
      expect(isDivisionCode(code)).toBe(false);
    },
  );

  it('rule R1: drills down province → city → county → street, and no further', () => {
    expect(childLevelOf('PROVINCE')).toBe('CITY');
    expect(childLevelOf('CITY')).toBe('COUNTY');
    expect(childLevelOf('COUNTY')).toBe('STREET');
    expect(childLevelOf('STREET')).toBeNull();
  });

  it('rule R1: a code lies within each of its ancestors and itself, not in a sibling', () => {
    expect(isWithin('450102001', '45')).toBe(true);
    expect(isWithin('450102001', '450102')).toBe(true);
    expect(isWithin('450102001', '450102001')).toBe(true);
    expect(isWithin('450103001', '450102')).toBe(false);
    expect(isWithin('45', '4501')).toBe(false);
  });

  it('rule R1 (property): walking up parents from a street reaches the province in three steps', () => {
    const street = fc.stringMatching(/^45\d{7}$/);
    fc.assert(
      fc.property(street, (code) => {
        const chain = [code];
        for (let p = parentCodeOf(code); p !== null; p = parentCodeOf(p)) chain.push(p);
        expect(chain.map((c) => c.length)).toEqual([9, 6, 4, 2]);
        for (const ancestor of chain) expect(isWithin(code, ancestor)).toBe(true);
      }),
    );
  });
});

describe('rule R1 with domain.md "Actors": the area a bound actor is shown', () => {
  const street = '450103001';

  it('rule R1: an unbound actor gets what it asks, the province when it asks nothing', () => {
    expect(narrowArea(undefined, undefined, '45')).toBe('45');
    expect(narrowArea('4501', undefined, '45')).toBe('4501');
  });

  it("rule R1: a street officer asking for the province or its county gets its street's figures only", () => {
    expect(narrowArea(undefined, street, '45')).toBe(street);
    expect(narrowArea('4501', street, '45')).toBe(street);
    expect(narrowArea('450103', street, '45')).toBe(street);
    expect(narrowArea(street, street, '45')).toBe(street);
  });

  it('rule R1: an area outside the binding is null, for the caller to refuse', () => {
    expect(narrowArea('450102', street, '45')).toBeNull();
    expect(narrowArea('450103002', street, '45')).toBeNull();
  });

  it('rule R1 (property): the area shown always lies within both the asked area and the binding', () => {
    const code = fc
      .stringMatching(/^45\d{7}$/)
      .chain((s) => fc.constantFrom(s.slice(0, 2), s.slice(0, 4), s.slice(0, 6), s));
    fc.assert(
      fc.property(code, code, (asked, bound) => {
        const shown = narrowArea(asked, bound, '45');
        if (shown === null) {
          expect(isWithin(asked, bound) || isWithin(bound, asked)).toBe(false);
        } else {
          expect(isWithin(shown, bound)).toBe(true);
          expect(isWithin(shown, asked)).toBe(true);
        }
      }),
    );
  });
});
