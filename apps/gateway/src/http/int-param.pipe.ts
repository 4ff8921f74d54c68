import { BadRequestException, type PipeTransform } from '@nestjs/common';

/**
 * A whole-number path parameter within bounds (issue #15): `/years/99999999999999999999` or
 * `/tranches/-1` is a 400 naming the parameter and the rule, never a number the service cannot
 * store. Nest's ParseIntPipe takes any run of digits, however long.
 */
export const intParam = (
  name: string,
  min: number,
  max: number,
): PipeTransform<string, number> => ({
  transform(value: string): number {
    const number = /^-?\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(number) && number >= min && number <= max) return number;
    const message = `${name} must be a whole number from ${min} to ${max}`;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message,
      violations: [{ field: name, rule: 'isInt', message }],
    });
  },
});

/** Fiscal years the platform keeps. */
export const fiscalYearParam = () => intParam('fiscalYear', 2000, 2100);
