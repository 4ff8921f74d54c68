import { randomInt } from 'node:crypto';
import { formatRecoveryCode, RECOVERY_CODE_COUNT } from '@civic/domain/access';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Ten fresh codes of ten random base-32 characters (50 bits each), shown as ABCDE-FGHIJ. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    formatRecoveryCode(Array.from({ length: 10 }, () => BASE32[randomInt(32)]).join('')),
  );
}
