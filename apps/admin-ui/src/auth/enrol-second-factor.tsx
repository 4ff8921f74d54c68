import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, QRCode, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import type { AccessTokenView } from '../api/types';

/**
 * Setting up TOTP with an enrolment-only token (held here, never in the session store): the
 * secret as a QR code and as text, confirmed by a code; then the recovery codes, shown once.
 */
export function EnrolSecondFactor(props: {
  token: string;
  onDone: (view: AccessTokenView) => void;
}) {
  const { t } = useTranslation();
  const headers = { Authorization: `Bearer ${props.token}` };
  // A query, not an effect, so that React's double mount in development starts it once.
  const started = useQuery({
    queryKey: ['second-factor-enrolment', props.token],
    queryFn: () => unwrap(api.POST('/api/v1/auth/second-factor/enrolment', { headers })),
    staleTime: Infinity,
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: (code: string) =>
      unwrap(api.POST('/api/v1/auth/second-factor/enrolment/confirm', { headers, body: { code } })),
  });

  if (confirm.data) {
    const { recoveryCodes, ...view } = confirm.data;
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Title level={4}>{t('secondFactor.recoveryTitle')}</Typography.Title>
        <Typography.Paragraph>{t('secondFactor.recoveryIntro')}</Typography.Paragraph>
        <pre data-testid="recovery-codes" className="recovery-codes">
          {recoveryCodes.join('\n')}
        </pre>
        <Button
          type="primary"
          block
          data-testid="recovery-codes-saved"
          onClick={() => props.onDone(view)}
        >
          {t('secondFactor.saved')}
        </Button>
      </Space>
    );
  }
  if (!started.data) {
    return started.isError ? <Alert type="error" title={String(started.error)} /> : <Spin />;
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4}>{t('secondFactor.enrolTitle')}</Typography.Title>
      <Typography.Paragraph>{t('secondFactor.enrolIntro')}</Typography.Paragraph>
      <QRCode value={started.data.otpauthUri} data-testid="totp-qr" />
      <Typography.Text>
        {t('secondFactor.secret')}：
        <Typography.Text code copyable={{ text: started.data.secret }}>
          <span data-testid="totp-secret">{started.data.secret}</span>
        </Typography.Text>
      </Typography.Text>
      {confirm.isError && (
        <Alert
          type="error"
          showIcon
          data-testid="enrol-error"
          title={
            confirm.error instanceof ApiError && confirm.error.status === 422
              ? t('secondFactor.invalid')
              : String(confirm.error)
          }
        />
      )}
      <Form<{ code: string }>
        name="enrol"
        layout="vertical"
        onFinish={(v) => confirm.mutate(v.code)}
      >
        <Form.Item
          name="code"
          label={t('secondFactor.code')}
          extra={t('secondFactor.codeHelp')}
          rules={[
            { required: true, message: t('form.required') },
            { pattern: /^\d{6}$/, message: t('secondFactor.codeFormat') },
          ]}
        >
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={confirm.isPending}>
          {t('secondFactor.confirm')}
        </Button>
      </Form>
    </Space>
  );
}
