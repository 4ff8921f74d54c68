import { validateUscc } from '@civic/domain/identifiers';
import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/** Unified social credit code with a verified check character (GB 32100-2015, rule R29). */
export function IsUscc(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isUscc',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateUscc(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (typeof value !== 'string') return `${args?.property} must be a string`;
          const check = validateUscc(value);
          return check.valid ? '' : `${args?.property}: ${check.message}`;
        },
      },
    });
}
