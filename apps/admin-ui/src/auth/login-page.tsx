import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { ApiError, unwrap } from '../api/errors';
import type { AccessTokenView } from '../api/types';
import { LanguageSwitch } from '../i18n/language-switch';
import { EnrolSecondFactor } from './enrol-second-factor';
import { loginErrorMessage } from './login-error';
import { SecondFactorForm, type SecondFactorProof } from './second-factor-form';
import { sessionStore, useRestoring, useSession } from './session';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const restoring = useRestoring();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = useLocation().state as { from?: string; expired?: boolean } | null;
  const from = state?.from ?? '/';
  /** The password was right and a second factor is needed: its code comes next. */
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  /** An enrolment-only token: the second factor is to be set up first. */
  const [enrolToken, setEnrolToken] = useState<string | null>(null);
  const signedIn = (view: AccessTokenView) => {
    queryClient.getQueryCache().clear(); // nothing cached for an earlier user survives
    sessionStore.start(view);
    navigate(from, { replace: true });
  };
  const login = useMutation({
    mutationFn: (body: Credentials & Partial<{ totp: string; recoveryCode: string }>) =>
      unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (view, body) => {
      if (view.enrolmentRequired) setEnrolToken(view.accessToken);
      else signedIn(view);
      setCredentials(body);
    },
    onError: (error, body) => {
      if (error instanceof ApiError && error.body.code === 'SECOND_FACTOR_REQUIRED') {
        setCredentials(body);
        login.reset();
      }
    },
  });
  const withSecondFactor = (proof: SecondFactorProof) =>
    login.mutate({ username: credentials!.username, password: credentials!.password, ...proof });
  if (restoring) return null;
  if (session) return <Navigate to={from} replace />;
  const step = enrolToken ? 'enrol' : credentials ? 'second-factor' : 'password';

  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <Typography.Title level={3}>{t('app.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {state?.expired && !login.isError && (
          <Alert type="info" showIcon title={t('login.expired')} className="form-alert" />
        )}
        {login.isError && (
          <Alert
            type="error"
            showIcon
            title={loginErrorMessage(login.error, t)}
            data-testid="login-error"
            className="form-alert"
          />
        )}
        {step === 'enrol' && <EnrolSecondFactor token={enrolToken!} onDone={signedIn} />}
        {step === 'second-factor' && (
          <SecondFactorForm pending={login.isPending} onSubmit={withSecondFactor} />
        )}
        <Form<Credentials>
          name="login"
          layout="vertical"
          onFinish={(v) => login.mutate(v)}
          hidden={step !== 'password'}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        <div className="login-links">
          <Link to="/public/lottery" data-testid="public-lottery-link">
            {t('login.publicLottery')}
          </Link>
        </div>
        <div className="login-links">
          <Link to="/public/procurement/announcements" data-testid="public-procurement-link">
            {t('login.publicProcurement')}
          </Link>
        </div>
      </Card>
    </div>
  );
}
