import { Card, Empty, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { ListPages } from '../../common/list-pages';
import { usePaging } from '../../common/use-paging';
import { yearOptions } from '../../finance/funds/years';
import { LanguageSwitch } from '../../i18n/language-switch';
import { useNotices } from '../disclosure-queries';
import { useYearParam } from '../use-year-param';
import { NoticeCard } from './notice-card';

/**
 * The fund's public notices (R23): funded projects and annual reports, for anyone, no login. Newest
 * first, a page at a time; a corrected notice leads to its correction when both are on the page.
 */
export function PublicNoticesPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const paging = usePaging({ pageSize: 10, scope: year });
  const notices = useNotices(year, paging.query);
  const list = notices.data?.items ?? [];
  return (
    <div className="public-page">
      <div className="public-header">
        <Typography.Title level={3} className="page-title">
          {t('lottery.public.title')}
        </Typography.Title>
        <Space wrap>
          <LanguageSwitch />
          <Link to="/public/policies" data-testid="public-policies-link">
            {t('policies.public.title')}
          </Link>
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
          <ListPages pagination={paging.pagination(notices.data)} testId="notice-pages" />
        </Space>
      </Card>
    </div>
  );
}
