import { PersonalDataCipher } from './personal-data-cipher';
import { PersonalDataError } from './personal-data.error';

/**
 * The cipher a data migration seals existing rows with (R30), keyed like the service
 * (PII_KEY, PII_KEY_ID). Migrations run at the service's start, after its env was validated; a
 * migration asks for the cipher only when it has rows to seal, so an empty database needs no key.
 */
export function migrationCipher(env: NodeJS.ProcessEnv = process.env): PersonalDataCipher {
  if (!env.PII_KEY) {
    throw new PersonalDataError('PII_KEY is needed to seal the personal data already stored');
  }
  return new PersonalDataCipher(env.PII_KEY, env.PII_KEY_ID || 'k1');
}
