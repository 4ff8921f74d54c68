import { Alert, App, Button, Card, Form, Input, Select, Skeleton, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../common/error-result';
import { formProblems } from '../common/form-violations';
import { ProblemsAlert } from '../common/problems-alert';
import {
  type NotificationPreferencesView,
  useNotificationPreferences,
  useSaveNotificationPreferences,
} from './notification-queries';
import { preferencesBody, type PreferencesValues } from './preferences-body';
import './notifications.css';

/**
 * My settings (issue #18): how I am told of decisions about my organization. In the app always;
 * by e-mail and by SMS when I choose, to the address and mobile number I give (the number is
 * kept encrypted and shown masked; leaving it empty keeps it). A channel this server does not
 * send by is shown off, with why.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  if (preferences.error) return <ErrorResult error={preferences.error} />;
  return (
    <Card title={t('notifications.settingsTitle')}>
      {preferences.data ? <PreferencesForm saved={preferences.data} /> : <Skeleton active />}
    </Card>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreferencesView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PreferencesValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const save = useSaveNotificationPreferences();
  const submit = async (values: PreferencesValues) => {
    setProblems([]);
    try {
      await save.mutateAsync(preferencesBody(values, saved));
      form.setFieldValue('mobile', '');
      void message.success(t('notifications.saved'));
    } catch (error) {
      setProblems(formProblems(form, error as Error));
    }
  };
  return (
    <Form<PreferencesValues>
      form={form}
      layout="vertical"
      className="notification-settings-form"
      data-testid="notification-settings"
      initialValues={{
        email: saved.channels.email,
        sms: saved.channels.sms,
        language: saved.language,
        emailAddress: saved.emailAddress ?? '',
        mobile: '',
      }}
      onFinish={(values) => void submit(values)}
    >
      <ProblemsAlert problems={problems} />
      <Form.Item label={t('notifications.inApp')} extra={t('notifications.inAppAlways')}>
        <Switch checked disabled aria-label={t('notifications.inApp')} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('notifications.byEmail')}
        valuePropName="checked"
        extra={saved.available.email ? undefined : t('notifications.emailUnavailable')}
      >
        <Switch data-testid="notify-email" aria-label={t('notifications.byEmail')} />
      </Form.Item>
      <Form.Item name="emailAddress" label={t('notifications.emailAddress')}>
        <Input type="email" autoComplete="email" maxLength={254} />
      </Form.Item>
      <Form.Item
        name="sms"
        label={t('notifications.bySms')}
        valuePropName="checked"
        extra={saved.available.sms ? undefined : t('notifications.smsUnavailable')}
      >
        <Switch data-testid="notify-sms" aria-label={t('notifications.bySms')} />
      </Form.Item>
      <Form.Item
        name="mobile"
        label={t('notifications.mobile')}
        extra={
          saved.mobileMasked ? (
            <span data-testid="mobile-masked">
              {t('notifications.mobileKept', { masked: saved.mobileMasked })}
            </span>
          ) : undefined
        }
      >
        <Input inputMode="tel" autoComplete="tel" maxLength={20} />
      </Form.Item>
      <Form.Item name="language" label={t('notifications.language')}>
        <Select
          options={[
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Form.Item>
      {!saved.available.email && !saved.available.sms && (
        <Alert type="info" showIcon title={t('notifications.onlyInApp')} className="form-alert" />
      )}
      <Typography.Paragraph type="secondary">{t('notifications.privacy')}</Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-settings">
        {t('common.save')}
      </Button>
    </Form>
  );
}
