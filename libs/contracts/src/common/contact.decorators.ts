import {
  isKnownBankCode,
  normalizeAccountNumber,
  normalizeContact,
  normalizePhone,
  validateAccountNumber,
  validateContact,
  validatePhone,
} from '@civic/domain/identifiers';
import { Transform } from 'class-transformer';
import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

type Check = { valid: true } | { valid: false; message: string };

/** A class-validator decorator named `rule` that runs a domain check; messages name the field. */
function checked(rule: string, check: (value: unknown) => Check, options?: ValidationOptions) {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: rule,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => check(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const result = check(args?.value);
          return result.valid ? '' : `${args?.property} ${result.message}`;
        },
      },
    });
}

/** Applies `normalize` to text and leaves anything else as it came, for the validator to refuse. */
function normalizedText(normalize: (text: string) => string): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? normalize(value) : value));
}

/**
 * A payee account number (rule R28): 8–32 digits, spaces between groups dropped before the check
 * and in what is stored (libs/domain/identifiers `validateAccountNumber`). The message never
 * repeats the number.
 */
export function IsAccountNumber(options?: ValidationOptions): PropertyDecorator {
  const validate = checked('isAccountNumber', validateAccountNumber, options);
  const normalize = normalizedText(normalizeAccountNumber);
  return (target, property) => {
    normalize(target, property);
    validate(target, property);
  };
}

/** A bank on the CNAPS bank category list (`banks.zh-CN.json`), by its 3-digit code. rule R28 */
export function IsKnownBank(options?: ValidationOptions): PropertyDecorator {
  return checked(
    'isKnownBank',
    (value) =>
      isKnownBankCode(value)
        ? { valid: true }
        : {
            valid: false,
            message: 'must be the 3-digit code of a bank on the list (CNAPS 行别代码, e.g. 102)',
          },
    options,
  );
}

/** Text that is not empty once trimmed (a name of spaces is no name). */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return checked(
    'notBlank',
    (value) =>
      typeof value === 'string' && value.trim() !== ''
        ? { valid: true }
        : { valid: false, message: 'must not be blank' },
    options,
  );
}

/** Text stored trimmed; anything else is left for the validators to refuse. */
export function Trimmed(): PropertyDecorator {
  return normalizedText((text) => text.trim());
}

/**
 * A mainland mobile or landline number (rules R4, R23; `validatePhone`), stored without the
 * spaces typed between groups. The message never repeats the number.
 */
export function IsMainlandPhone(options?: ValidationOptions): PropertyDecorator {
  const validate = checked('isMainlandPhone', validatePhone, options);
  const normalize = normalizedText(normalizePhone);
  return (target, property) => {
    normalize(target, property);
    validate(target, property);
  };
}

/** A mainland phone number or an e-mail address, nothing else (rule R23; `validateContact`). */
export function IsPhoneOrEmail(options?: ValidationOptions): PropertyDecorator {
  const validate = checked('isPhoneOrEmail', validateContact, options);
  const normalize = normalizedText(normalizeContact);
  return (target, property) => {
    normalize(target, property);
    validate(target, property);
  };
}
