import { createHmac, timingSafeEqual } from 'node:crypto';
import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { AUTH_SETTINGS, type AuthSettings } from './auth-settings';

/** The HttpOnly cookie that carries the refresh token, sent only to the auth routes. */
export const REFRESH_COOKIE = 'civic_refresh';
/** The readable cookie that carries the CSRF token the UI echoes in CSRF_HEADER. */
export const CSRF_COOKIE = 'civic_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** The auth routes (global prefix `api` + the controller's `v1/auth`). */
export const AUTH_COOKIE_PATH = '/api/v1/auth';

/**
 * The refresh token lives in a cookie no script can read (HttpOnly), sent over HTTPS only
 * (Secure), never on a request another site starts (SameSite=Strict), and only to the auth
 * routes (Path); it lives as long as the refresh token (Max-Age). The access token never goes
 * in a cookie: the UI keeps it in memory and sends it as a bearer token, so no other route is
 * authenticated by a cookie and none needs CSRF protection.
 *
 * CSRF (ASVS 4.2.2, 3.5.3), where the cookie authenticates (refresh): a signed double-submit
 * token. Beside the refresh cookie the gateway sets a readable cookie holding
 * HMAC-SHA256(key, refresh token); the UI copies it into the `X-CSRF-Token` header. Another site
 * can make a browser send cookies (should SameSite fail: an old browser, a sibling subdomain)
 * but can neither read this one nor add a custom header (that needs a CORS preflight the gateway
 * never grants), and as the token is bound to the refresh token, a cookie planted by a sibling
 * subdomain does not match either. SameSite=Strict alone is not enough for ASVS level 2.
 */
@Injectable()
export class SessionCookies {
  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {}

  set(response: Response, refreshToken: string): void {
    const maxAge = this.settings.refreshTokenTtlSeconds * 1000;
    response.cookie(REFRESH_COOKIE, refreshToken, {
      ...this.base(),
      httpOnly: true,
      path: AUTH_COOKIE_PATH,
      maxAge,
    });
    response.cookie(CSRF_COOKIE, this.csrfTokenFor(refreshToken), {
      ...this.base(),
      httpOnly: false,
      path: '/',
      maxAge,
    });
  }

  clear(response: Response): void {
    response.clearCookie(REFRESH_COOKIE, {
      ...this.base(),
      httpOnly: true,
      path: AUTH_COOKIE_PATH,
    });
    response.clearCookie(CSRF_COOKIE, { ...this.base(), path: '/' });
  }

  /**
   * The refresh token of a request that proves it comes from our own page: 401 without the
   * cookie, 403 CSRF_TOKEN_INVALID when the header is missing or does not match it.
   */
  refreshTokenOf(request: Request): string {
    const cookies = (request.cookies ?? {}) as Record<string, unknown>;
    const token = cookies[REFRESH_COOKIE];
    if (typeof token !== 'string' || token.length < 20 || token.length > 200) {
      throw new UnauthorizedException({
        statusCode: 401,
        code: 'REFRESH_COOKIE_MISSING',
        message: `no refresh token: the ${REFRESH_COOKIE} cookie is missing; log in again`,
      });
    }
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !this.matches(header, this.csrfTokenFor(token))) {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'CSRF_TOKEN_INVALID',
        message: `a refresh needs the ${CSRF_HEADER} header equal to the ${CSRF_COOKIE} cookie (double-submit CSRF token)`,
        violations: [
          {
            field: CSRF_HEADER,
            rule: 'csrfDoubleSubmit',
            message: `the ${CSRF_HEADER} header must equal the ${CSRF_COOKIE} cookie`,
          },
        ],
      });
    }
    return token;
  }

  private csrfTokenFor(refreshToken: string): string {
    return createHmac('sha256', this.settings.csrfKey).update(refreshToken).digest('base64url');
  }

  private matches(given: string, expected: string): boolean {
    const [a, b] = [Buffer.from(given), Buffer.from(expected)];
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private base(): CookieOptions {
    return { secure: true, sameSite: 'strict' };
  }
}
