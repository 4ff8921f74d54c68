import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { LanguageSwitch } from '../i18n/language-switch';
import { loginErrorMessage } from './login-error';
import { sessionStore, useSession } from './session';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = useLocation().state as { from?: string; expired?: boolean } | null;
  const from = state?.from ?? '/';
  const login = useMutation({
    mutationFn: (body: Credentials) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (pair) => {
      queryClient.getQueryCache().clear(); // nothing cached for an earlier user survives
      sessionStore.start(pair);
      navigate(from, { replace: true });
    },
  });
  if (session) return <Navigate to={from} replace />;

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
        <Form<Credentials> name="login" layout="vertical" onFinish={(v) => login.mutate(v)}>
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
      </Card>
    </div>
  );
}
