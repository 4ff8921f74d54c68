import { generate } from 'otplib';

/**
 * The test kit's authenticator app: the TOTP secret and recovery codes of each user it enrolled,
 * in memory, per gateway. Sign-ins answer the second factor through the real flow (issue #15):
 * a code of a time step not used yet (the gateway refuses a replayed step), else an unused
 * recovery code, else it waits for the next step.
 */
const PERIOD = 30;
const enrolled = new Map<string, { secret: string; lastStep: number; recoveryCodes: string[] }>();
const keyOf = (api: string, username: string) => `${api}|${username}`;

export function rememberSecondFactor(
  api: string,
  username: string,
  secret: string,
  step: number,
  recoveryCodes: string[],
): void {
  enrolled.set(keyOf(api, username), { secret, lastStep: step, recoveryCodes: [...recoveryCodes] });
}

export function hasSecondFactor(api: string, username: string): boolean {
  return enrolled.has(keyOf(api, username));
}

/** The time step now (RFC 6238: seconds since the epoch over 30). */
export const totpStep = (at = Date.now()) => Math.floor(at / 1000 / PERIOD);

/** The code of one time step. */
export const totpCodeAt = (secret: string, step: number) =>
  generate({ secret, epoch: step * PERIOD, period: PERIOD });

/** Proof for the next sign-in of an enrolled user: `{ totp }` or `{ recoveryCode }`. */
export async function nextSecondFactor(
  api: string,
  username: string,
): Promise<{ totp: string } | { recoveryCode: string }> {
  const user = enrolled.get(keyOf(api, username));
  if (!user) throw new Error(`the test kit did not enrol ${username} at ${api}`);
  // The gateway takes the steps one either side of its now; keep 3 s of margin for the request.
  const lowest = totpStep(Date.now() + 3000) - 1;
  const step = Math.max(user.lastStep + 1, lowest);
  if (step > totpStep() + 1) {
    const recoveryCode = user.recoveryCodes.shift();
    if (recoveryCode) return { recoveryCode };
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * PERIOD * 1000 - Date.now()));
  }
  user.lastStep = step;
  return { totp: await totpCodeAt(user.secret, step) };
}
