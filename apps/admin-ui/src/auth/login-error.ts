import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';

/**
 * What to tell someone whose login failed: bad credentials, a wrong second-factor code, a locked
 * account, or the rate limit.
 */
export function loginErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  switch (error.status) {
    case 401:
      return error.body.code === 'SECOND_FACTOR_INVALID'
        ? t('secondFactor.invalid')
        : t('login.badCredentials');
    case 423: {
      const until = error.body.lockedUntil;
      return until
        ? t('login.locked', { time: dayjs(until).format('YYYY-MM-DD HH:mm') })
        : t('login.lockedNoTime');
    }
    case 429:
      return t('login.tooMany');
    default:
      return t('errors.status', { status: error.status, message: error.message });
  }
}
