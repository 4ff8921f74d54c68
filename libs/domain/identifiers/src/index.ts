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
