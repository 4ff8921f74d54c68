import { Role } from './roles';

/**
 * Roles that sign in with a second factor (TOTP, RFC 6238; issue #15, ASVS level 2): those who
 * move money (finance makers and checkers, R28) and administrators, who hold every power.
 * Anyone else may enrol of their own accord and is then asked for the code too.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = [
  Role.FINANCE_MAKER,
  Role.FINANCE_CHECKER,
  Role.ADMINISTRATOR,
];

/** How many one-time recovery codes an enrolment gives. */
export const RECOVERY_CODE_COUNT = 10;

/** Whether these roles must sign in with a second factor (domain.md "Actors"; rule R28). */
export function requiresSecondFactor(roles: readonly string[]): boolean {
  return roles.some((role) => SECOND_FACTOR_ROLES.includes(role as Role));
}

/**
 * A recovery code as stored and compared: letters and digits only, upper case, so that
 * `abcde-12345` and `ABCDE12345` are the same code (domain.md "Actors": sign-in of every role).
 */
export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** Ten base-32 characters shown in two groups, `ABCDE-FGHIJ` (domain.md "Actors"). */
export function formatRecoveryCode(tenCharacters: string): string {
  return `${tenCharacters.slice(0, 5)}-${tenCharacters.slice(5, 10)}`;
}

/**
 * An administrator resets the second factor of a user who lost both the app and the recovery
 * codes, never their own: a second administrator must do it, in the spirit of rule R28 (four
 * eyes), so that one stolen password cannot turn off the factor that guards it (issue #15).
 */
export function secondFactorResetViolation(actorUserId: string, userId: string) {
  return actorUserId === userId
    ? {
        field: 'id',
        rule: 'notSelf',
        message: 'you cannot reset your own second factor: another administrator must do it',
      }
    : null;
}
