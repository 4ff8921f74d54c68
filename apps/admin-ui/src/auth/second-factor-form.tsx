import { SafetyOutlined } from '@ant-design/icons';
import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type SecondFactorProof = { totp: string } | { recoveryCode: string };

/** The second step of sign-in: the app's 6-digit code, or one of the recovery codes. */
export function SecondFactorForm(props: {
  pending: boolean;
  onSubmit: (proof: SecondFactorProof) => void;
}) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  return (
    <Form<{ totp?: string; recoveryCode?: string }>
      name="second-factor"
      layout="vertical"
      onFinish={(v) =>
        props.onSubmit(recovery ? { recoveryCode: v.recoveryCode! } : { totp: v.totp! })
      }
    >
      <Typography.Paragraph>{t('secondFactor.prompt')}</Typography.Paragraph>
      {recovery ? (
        <Form.Item
          name="recoveryCode"
          label={t('secondFactor.recoveryCode')}
          rules={[
            { required: true, message: t('form.required') },
            {
              pattern: /^[A-Za-z2-7]{5}[-\s]?[A-Za-z2-7]{5}$/,
              message: t('secondFactor.recoveryFormat'),
            },
          ]}
        >
          <Input autoComplete="off" placeholder="ABCDE-FGHIJ" />
        </Form.Item>
      ) : (
        <Form.Item
          name="totp"
          label={t('secondFactor.code')}
          extra={t('secondFactor.codeHelp')}
          rules={[
            { required: true, message: t('form.required') },
            { pattern: /^\d{6}$/, message: t('secondFactor.codeFormat') },
          ]}
        >
          <Input
            prefix={<SafetyOutlined />}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={6}
            autoFocus
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={props.pending}>
        {t('secondFactor.submit')}
      </Button>
      <Button
        type="link"
        block
        onClick={() => setRecovery(!recovery)}
        data-testid="toggle-recovery"
      >
        {recovery ? t('secondFactor.useCode') : t('secondFactor.useRecoveryCode')}
      </Button>
    </Form>
  );
}
