import { DatabaseEnv } from '@civic/platform/config';
import { PII_KEY_ID_PATTERN, PII_KEY_PATTERN } from '@civic/platform/pii';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';

/**
 * The gateway's variables for telling users of decisions about their organization (issue #18):
 * the key that seals their mobile numbers (R30, as every service's PII_KEY), the mail server
 * (e-mail is off without SMTP_URL), the SMS gateway, and the admin UI's address for links.
 */
export class NotificationsEnv extends DatabaseEnv {
  /** 32 random bytes, base64 (`openssl rand -base64 32`): seals users' mobile numbers (R30). */
  @IsString()
  @Matches(PII_KEY_PATTERN, { message: 'PII_KEY must be exactly 32 bytes, base64-encoded' })
  PII_KEY: string;

  @Matches(PII_KEY_ID_PATTERN, { message: 'PII_KEY_ID must be 1–32 letters, digits, _ or -' })
  PII_KEY_ID: string = 'k1';

  /** `smtp://user:pass@host:587` or `smtps://…:465`; unset: the e-mail channel is off. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, {
    message: 'SMTP_URL must look like smtp://[user:password@]host:port or smtps://…',
  })
  SMTP_URL?: string;

  /** The sender of notices, needed with SMTP_URL: `平台 <noreply@example.gov.cn>` or an address. */
  @ValidateIf((env: NotificationsEnv) => env.SMTP_URL !== undefined)
  @Matches(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
    message: 'MAIL_FROM must be an address (name@example.org) or "Name <name@example.org>"',
  })
  MAIL_FROM?: string;

  /** `simulated` records each text in gateway.simulated_sms; `off` sends none. */
  @IsIn(['simulated', 'off'])
  SMS_GATEWAY: 'simulated' | 'off' = 'simulated';

  /** Where the admin UI is, for the links in e-mails and texts. */
  @Matches(/^https?:\/\/[^\s]+[^/\s]$/, {
    message: 'PUBLIC_UI_URL must be an http(s) address without a trailing slash',
  })
  PUBLIC_UI_URL: string = 'http://127.0.0.1:5173';

  /** Tries per e-mail or text before it is recorded as failed … */
  @IsInt()
  @Min(1)
  @Max(20)
  NOTIFY_ATTEMPTS: number = 5;

  /** … waiting this long before the second, doubling each time. */
  @IsInt()
  @Min(10)
  @Max(600_000)
  NOTIFY_BACKOFF_MS: number = 2000;
}
