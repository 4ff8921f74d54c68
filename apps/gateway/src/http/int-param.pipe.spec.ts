import { BadRequestException } from '@nestjs/common';
import { fiscalYearParam, intParam } from './int-param.pipe';

describe('bounded whole-number path parameters (issue #15)', () => {
  const position = intParam('position', 0, 99);

  it('takes whole numbers within bounds', () => {
    expect(position.transform('0', { type: 'param' })).toBe(0);
    expect(position.transform('99', { type: 'param' })).toBe(99);
    expect(fiscalYearParam().transform('2026', { type: 'param' })).toBe(2026);
  });

  it.each(['-1', '100', '1e3', '0.5', '99999999999999999999', '', 'abc', ' 1', '0x10'])(
    'refuses %p with a 400 naming the parameter and the rule',
    (value) => {
      let error: unknown;
      try {
        position.transform(value, { type: 'param' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(BadRequestException);
      expect((error as BadRequestException).getResponse()).toMatchObject({
        violations: [{ field: 'position', rule: 'isInt' }],
      });
    },
  );
});
