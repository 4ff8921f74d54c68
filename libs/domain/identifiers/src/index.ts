export type {
  IdentifierCheck,
  IdentifierFailure,
  ResidentIdFailure,
  UsccFailure,
} from './lib/identifier-check';
export {
  maskResidentId,
  normalizeResidentId,
  RESIDENT_ID_MASK,
  RESIDENT_ID_WEIGHTS,
  residentIdCheckCharacter,
  validateResidentId,
} from './lib/resident-id';
export {
  CIVIL_AFFAIRS_AUTHORITY,
  normalizeUscc,
  USCC_AUTHORITIES,
  USCC_CHARSET,
  USCC_WEIGHTS,
  usccCheckCharacter,
  validateSocialOrganizationUscc,
  validateUscc,
} from './lib/uscc';
export {
  ACCOUNT_NAME_MAX_LENGTH,
  ACCOUNT_NAME_MIN_LENGTH,
  ACCOUNT_NUMBER_MAX_DIGITS,
  ACCOUNT_NUMBER_MIN_DIGITS,
  type AccountNameFailure,
  type AccountNumberFailure,
  maskAccountNumber,
  normalizeAccountNumber,
  validateAccountName,
  validateAccountNumber,
} from './lib/bank-account';
export { type BankCategory, BANKS, bankByCode, isKnownBankCode } from './lib/banks';
export {
  type ContactFailure,
  type ContactKind,
  contactKind,
  isEmailAddress,
  maskContact,
  normalizeContact,
  validateContact,
} from './lib/contact';
export type { FieldCheck } from './lib/field-check';
export {
  maskPhone,
  normalizePhone,
  type PhoneFailure,
  type PhoneKind,
  phoneKind,
  validatePhone,
} from './lib/phone';
