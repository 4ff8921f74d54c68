import type { NotificationsEnv } from './notifications.env';

export const NOTIFY_SETTINGS = Symbol('NOTIFY_SETTINGS');

/** What the notifications feature takes from the environment, checked at boot (NotificationsEnv). */
export interface NotifySettings {
  /** Unset: the e-mail channel is off. */
  smtpUrl?: string;
  mailFrom?: string;
  sms: 'simulated' | 'off';
  uiBaseUrl: string;
  attempts: number;
  backoffMs: number;
  redisUrl: string;
  prefix: string;
}

export function notifySettingsFrom(env: NotificationsEnv): NotifySettings {
  return {
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    sms: env.SMS_GATEWAY,
    uiBaseUrl: env.PUBLIC_UI_URL,
    attempts: env.NOTIFY_ATTEMPTS,
    backoffMs: env.NOTIFY_BACKOFF_MS,
    redisUrl: env.REDIS_URL,
    prefix: env.CIVIC_PREFIX,
  };
}

/** Which channels this server sends by: the app always; e-mail with SMTP; SMS unless off. */
export function channelsAvailable(settings: NotifySettings): { email: boolean; sms: boolean } {
  return { email: Boolean(settings.smtpUrl), sms: settings.sms !== 'off' };
}
