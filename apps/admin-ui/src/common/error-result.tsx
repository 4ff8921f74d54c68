import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/errors';

/**
 * A failed page load: 403 "no access", 404 "not found" (also for a record the user may not see:
 * the API answers those as unknown ids, issue #15), or the error's own message.
 */
export function ErrorResult({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const home = (
    <Link to="/">
      <Button type="primary">{t('errors.backHome')}</Button>
    </Link>
  );
  if (status === 403) return <ForbiddenResult />;
  if (status === 404) {
    return (
      <Result status="404" title={t('errors.notFound')} extra={home} data-testid="not-found" />
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Result
      status="error"
      title={status ? t('errors.status', { status, message }) : t('errors.network')}
      extra={home}
    />
  );
}

export function ForbiddenResult() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.forbidden')}
      subTitle={t('errors.forbiddenDetail')}
      data-testid="forbidden"
      extra={
        <Link to="/">
          <Button type="primary">{t('errors.backHome')}</Button>
        </Link>
      }
    />
  );
}
