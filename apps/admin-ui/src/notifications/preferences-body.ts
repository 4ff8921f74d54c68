import type {
  NotificationPreferencesView,
  UpdateNotificationPreferencesDto,
} from './notification-queries';

/** What the settings form holds: the mobile field is empty unless a new number is typed. */
export interface PreferencesValues {
  email: boolean;
  sms: boolean;
  language: 'zh-CN' | 'en';
  emailAddress: string;
  mobile: string;
}

/**
 * The request for the form's values (issue #18): an e-mail address cleared is removed (null),
 * one unchanged is not sent; the mobile is sent only when a new one was typed, since the kept one
 * is shown masked and never comes back to the UI (R30).
 */
export function preferencesBody(
  values: PreferencesValues,
  saved: NotificationPreferencesView,
): UpdateNotificationPreferencesDto {
  const email = values.emailAddress.trim();
  const mobile = values.mobile.trim();
  return {
    email: values.email,
    sms: values.sms,
    language: values.language,
    ...(email === (saved.emailAddress ?? '') ? {} : { emailAddress: email === '' ? null : email }),
    ...(mobile === '' ? {} : { mobile }),
  };
}
