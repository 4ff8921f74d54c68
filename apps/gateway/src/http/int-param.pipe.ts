import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

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

/**
 * The OpenAPI description of an `intParam` path parameter (issue #15): an integer within the
 * bounds the pipe enforces, so clients see them. On the route method.
 */
export const ApiIntParam = (name: string, minimum: number, maximum: number): MethodDecorator =>
  ApiParam({ name, schema: { type: 'integer', minimum, maximum } });

/** Fiscal years the platform keeps. */
const FISCAL_YEARS = [2000, 2100] as const;
export const fiscalYearParam = () => intParam('fiscalYear', ...FISCAL_YEARS);
export const ApiFiscalYearParam = () => ApiIntParam('fiscalYear', ...FISCAL_YEARS);
