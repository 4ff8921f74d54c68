import { validateSocialOrganizationUscc } from '@civic/domain/identifiers';
import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/**
 * A social organization's unified social credit code: a verified check character (GB 32100-2015)
 * and civil affairs (5) as the registration authority, rule R29; an enterprise's 9… is refused.
 */
export function IsUscc(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isUscc',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && validateSocialOrganizationUscc(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value = args?.value;
          if (typeof value !== 'string') return `${args?.property} must be a string`;
          const check = validateSocialOrganizationUscc(value);
          return check.valid ? '' : `${args?.property}: ${check.message}`;
        },
      },
    });
}
