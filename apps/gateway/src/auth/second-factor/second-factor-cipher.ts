import { PersonalDataCipher } from '@civic/platform/pii';
import type { GatewayEnv } from '../../gateway.env';

/** Seals TOTP secrets at rest and hashes recovery codes, under SECOND_FACTOR_KEY. */
export const SECOND_FACTOR_CIPHER = Symbol('SECOND_FACTOR_CIPHER');

/**
 * The R30 cipher (AES-256-GCM tokens `v1.<keyId>.…`, keyed HMAC look-up hashes), under a key of
 * its own: a leak of PII_KEY does not open second factors, nor the other way round.
 */
export function secondFactorCipher(env: GatewayEnv): PersonalDataCipher {
  return new PersonalDataCipher(env.SECOND_FACTOR_KEY, env.SECOND_FACTOR_KEY_ID);
}
