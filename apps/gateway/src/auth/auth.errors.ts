import {
  ForbiddenException,
  HttpException,
  HttpStatus,
  UnauthorizedException,
} from '@nestjs/common';

/** One answer for an unknown user, a wrong password and a disabled account: nothing to probe. */
export const badCredentials = () =>
  new UnauthorizedException({
    statusCode: 401,
    code: 'BAD_CREDENTIALS',
    message: 'invalid username or password',
  });

export const accountLocked = (lockedUntil: Date) =>
  new HttpException(
    {
      statusCode: HttpStatus.LOCKED,
      code: 'ACCOUNT_LOCKED',
      message: `account locked after repeated failed logins until ${lockedUntil.toISOString()}`,
      lockedUntil: lockedUntil.toISOString(),
    },
    HttpStatus.LOCKED,
  );

export const badRefreshToken = () =>
  new UnauthorizedException({
    statusCode: 401,
    code: 'BAD_REFRESH_TOKEN',
    message: 'refresh token is unknown, used, expired or revoked; log in again',
  });

export const secondFactorRequired = () =>
  new UnauthorizedException({
    statusCode: 401,
    code: 'SECOND_FACTOR_REQUIRED',
    message: 'this account signs in with a second factor: send totp (or a recoveryCode)',
    violations: [
      {
        field: 'totp',
        rule: 'secondFactorRequired',
        message: 'the authenticator code is required',
      },
    ],
  });

/** A wrong code, a spent recovery code, or a code already used (replay): it counts as a failure. */
export const secondFactorInvalid = (field: 'totp' | 'recoveryCode', replayed: boolean) =>
  new UnauthorizedException({
    statusCode: 401,
    code: 'SECOND_FACTOR_INVALID',
    message: replayed
      ? 'this code was used already; wait for the next one'
      : `the ${field === 'totp' ? 'authenticator code' : 'recovery code'} is wrong or spent`,
    violations: [
      {
        field,
        rule: replayed ? 'totpNotReused' : 'secondFactorValid',
        message: replayed ? 'a code is accepted once only' : `${field} is wrong or spent`,
      },
    ],
  });

export const enrolmentRequired = () =>
  new ForbiddenException({
    statusCode: 403,
    code: 'SECOND_FACTOR_ENROLMENT_REQUIRED',
    message: 'set up the second factor first: this session may only enrol one',
  });
