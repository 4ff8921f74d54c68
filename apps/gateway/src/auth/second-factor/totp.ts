import { generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 with the defaults every authenticator app uses: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_ISSUER = 'Civic Grants';

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), base-32. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads (from a QR code). */
export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: username, secret, period: TOTP_PERIOD_SECONDS });
}

export type TotpCheck =
  { kind: 'valid'; timeStep: number } | { kind: 'wrong' } | { kind: 'replayed' };

/**
 * Checks a code against the steps around now (one step either side, for clocks that drift; RFC
 * 6238 §5.2). A code of a step no later than the last one accepted is a replay (§5.2: the same
 * OTP is never accepted twice).
 */
export async function checkTotp(
  secret: string,
  code: string,
  lastTimeStep: number | null,
): Promise<TotpCheck> {
  const result = await verify({ secret, token: code, epochTolerance: TOTP_PERIOD_SECONDS });
  if (!result.valid || !('timeStep' in result)) return { kind: 'wrong' };
  if (lastTimeStep !== null && result.timeStep <= lastTimeStep) return { kind: 'replayed' };
  return { kind: 'valid', timeStep: result.timeStep };
}
