import openapi from '../src/api/openapi.json';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { OUTCOMES, toneOf } from '../src/notifications/notification-tone';
import { preferencesBody } from '../src/notifications/preferences-body';

/** The outcomes the API declares (DecisionOutcome in its OpenAPI document). */
const DECLARED = openapi.components.schemas.DecisionOutcome.enum;

/** Notifications in the admin UI (issue #18): a label for every outcome, and the settings' request. */
describe('notifications (issue #18)', () => {
  it('labels every outcome the API declares, in Chinese and English, and gives each a tone', () => {
    expect([...OUTCOMES].sort()).toEqual([...DECLARED].sort());
    for (const messages of [zhCN, en]) {
      const outcome = messages.notifications.outcome as Record<string, string>;
      for (const code of DECLARED) expect(outcome[code]).toMatch(/\S/);
    }
    expect(toneOf('WAITLISTED')).toBe('waiting'); // information, not a warning
    expect(toneOf('PAYMENT_FAILED')).toBe('bad');
    expect(toneOf('CONTRACT_AWARDED')).toBe('good');
  });

  const saved = {
    channels: { inApp: true, email: true, sms: false },
    available: { email: true, sms: true },
    language: 'zh-CN' as const,
    emailAddress: 'huangli@example.org',
    mobileMasked: '138****1234',
  };
  const values = {
    email: true,
    sms: true,
    language: 'zh-CN' as const,
    emailAddress: 'huangli@example.org',
    mobile: '',
  };

  it('sends the address only when changed, null when cleared, and a mobile only when one is typed (R30: the kept one never comes back)', () => {
    expect(preferencesBody(values, saved)).toEqual({ email: true, sms: true, language: 'zh-CN' });
    expect(preferencesBody({ ...values, emailAddress: ' ', email: false }, saved)).toEqual({
      email: false,
      sms: true,
      language: 'zh-CN',
      emailAddress: null,
    });
    expect(
      preferencesBody(
        { ...values, emailAddress: 'li@example.org', mobile: '139 0000 1111' },
        saved,
      ),
    ).toMatchObject({ emailAddress: 'li@example.org', mobile: '139 0000 1111' });
  });
});
