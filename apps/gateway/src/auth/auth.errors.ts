import { HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';

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
