import { toHundredths } from '@civic/domain/procurement';
import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/**
 * A score from `min` to `max` with at most 2 decimals, read as the decimal it prints as (rule R25,
 * `toHundredths`, the same reading the domain scores with). Stands in for class-validator's
 * `IsNumber({ maxDecimalPlaces })`, which splits `String(value)` on '.' and throws (a 500) for a
 * number JavaScript prints in exponent form such as 5e-324.
 */
export function IsScore(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isScore',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [min, max],
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && value >= min && value <= max && toHundredths(value) !== null,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a number from ${min} to ${max} with at most 2 decimals`,
      },
    });
}
