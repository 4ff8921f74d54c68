import { Card, Empty, Input, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { ListPages } from '../../common/list-pages';
import { usePaging } from '../../common/use-paging';
import { LanguageSwitch } from '../../i18n/language-switch';
import { useYearParam } from '../use-year-param';
import { NoticeCard } from './notice-card';
import { useNoticeYears, useSearchedNotices } from './notice-queries';
import './public-notices.css';
import { ExportButton } from '../../common/export-button';

/**
 * The fund's public notices (R23): funded projects and annual reports, for anyone, no login. Newest
 * first, a page at a time; a search finds notices by title, project, unit or contact among all of
 * the year's. The year selector offers only years with notices (the one in the address, else the
 * newest). Times are Beijing time, said so. A corrected notice leads to its correction when both
 * are on the page.
 */
export function PublicNoticesPage() {
  const { t } = useTranslation();
  const [asked, setYear] = useYearParam();
  const years = useNoticeYears();
  // The year asked for when it has notices, else the newest that has (none: the one asked for).
  const year = !years || years.some((o) => o.value === asked) ? asked : (years[0]?.value ?? asked);
  const [search, setSearch] = useState('');
  const paging = usePaging({ pageSize: 10, scope: `${year}|${search}` });
  const notices = useSearchedNotices(year, paging.query, search);
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
          <Typography.Text type="secondary">{t('lottery.public.intro')}</Typography.Text>
          <div className="public-filters">
            <Select
              id="public-year"
              className="filter-select"
              aria-label={t('finance.funds.fiscalYear')}
              loading={!years}
              value={years?.length ? year : undefined}
              placeholder={t('lottery.public.noYears')}
              onChange={setYear}
              options={years ?? []}
            />
            <Input.Search
              id="public-search"
              allowClear
              className="public-search"
              aria-label={t('lottery.public.search')}
              placeholder={t('lottery.public.search')}
              onSearch={(typed) => setSearch(typed.trim())}
            />
            <ExportButton
              path="/api/v1/public/lottery/notices/export.xlsx"
              filters={{ fiscalYear: years?.length ? year : undefined }}
            />
          </div>
          <Typography.Text type="secondary" data-testid="time-zone-note">
            {t('lottery.public.timesInBeijing')}
          </Typography.Text>
          {notices.isError && <ErrorResult error={notices.error} />}
          {notices.isPending && <Spin size="large" className="page-spin" />}
          {notices.isSuccess && list.length === 0 && (
            <Empty description={t(search ? 'lottery.public.noneFound' : 'lottery.public.none')} />
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
