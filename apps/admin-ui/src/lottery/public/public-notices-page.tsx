import { Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { yearOptions } from '../../finance/funds/years';
import { LanguageSwitch } from '../../i18n/language-switch';
import { useNotices } from '../disclosure-queries';
import { useYearParam } from '../use-year-param';
import { NoticeCard } from './notice-card';

/** The fund's public notices (R23): funded projects and annual reports, for anyone, no login. */
export function PublicNoticesPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const notices = useNotices(year);
  const list = notices.data ?? [];
  return (
    <div className="public-page">
      <div className="public-header">
        <Typography.Title level={3} className="page-title">
          {t('lottery.public.title')}
        </Typography.Title>
        <Space>
          <LanguageSwitch />
          <Link to="/login">{t('lottery.public.login')}</Link>
        </Space>
      </div>
      <Card>
        <Space orientation="vertical" size="middle" className="full-width">
          <Space wrap>
            <Typography.Text type="secondary">{t('lottery.public.intro')}</Typography.Text>
            <Select
              id="public-year"
              className="filter-select"
              aria-label={t('finance.funds.fiscalYear')}
              value={year}
              onChange={setYear}
              options={yearOptions(t)}
            />
          </Space>
          {notices.isError && <ErrorResult error={notices.error} />}
          {notices.isPending && <Spin size="large" className="page-spin" />}
          {notices.isSuccess && list.length === 0 && (
            <Empty description={t('lottery.public.none')} />
          )}
          {list.map((notice) => (
            <NoticeCard
              key={notice.id}
              notice={notice}
              correctedBy={list.find((other) => other.corrects === notice.id)}
            />
          ))}
        </Space>
      </Card>
    </div>
  );
}
