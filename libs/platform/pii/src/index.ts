export {
  normalizeForLookup,
  PersonalDataCipher,
  type SealedResidentId,
} from './personal-data-cipher';
export { PersonalDataError } from './personal-data.error';
export { assertPiiKeyId, parsePiiKey, PII_KEY_ID_PATTERN, PII_KEY_PATTERN } from './pii-key';
export { PiiServiceEnv } from './pii-key.env';
export { PiiModule, type PiiModuleOptions } from './pii.module';
export {
  openPayeeAccount,
  type PayeeAccount,
  sealContact,
  sealPayeeAccount,
  type SealedPayeeAccount,
  type SealedValue,
  sealPhone,
} from './sealed-contact';
export {
  migrationCipher,
  openStoredAccount,
  sealStoredAccount,
  type StoredAccount,
} from './migration-cipher';
export {
  mayUnmaskOf,
  openedAccount,
  type UnmaskableRecord,
  unmaskAudited,
  type UnmaskReceipt,
} from './audited-unmasking';
