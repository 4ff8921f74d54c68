import { normalizeResidentId, validateResidentId } from '@civic/domain/identifiers';
import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/**
 * Resident ID number with a valid birth date and check character (GB 11643-1999, rule R30).
 * The message never contains the number: validation errors end up in answers and logs.
 */
export function IsResidentId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isResidentId',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && validateResidentId(normalizeResidentId(value)).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (typeof value !== 'string') return `${args?.property} must be a string`;
          const check = validateResidentId(normalizeResidentId(value));
          return check.valid ? '' : `${args?.property}: ${check.message}`;
        },
      },
    });
}
