import { FormOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePaging } from '../../common/use-paging';
import { AnnouncementCard } from '../public/announcement-card';
import { openForBids } from '../public/announcement-rules';
import { CardList } from '../public/card-list';
import { AnnouncementFilters } from '../public/public-announcements-page';
import { useAnnouncements } from '../public/public-queries';
import type { AnnouncementFilter, PurchaseProjectView } from '../public/public-types';
import { useOfficerRegions } from '../use-region-options';
import { BidDrawer } from './bid-drawer';
import { useMyEntries } from './undertaker-queries';

/**
 * 采购公告与投标 (R25): the announced projects, newest first, each as announced (criteria with their
 * weights, any R12 reservation, the deadline in Beijing time), with a bid button while it is open.
 * An organization not listed in the directory is told so first; the API refuses its bids anyway.
 */
export function UndertakerAnnouncementsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AnnouncementFilter>({});
  const paging = usePaging({ pageSize: 10, scope: filter });
  const announcements = useAnnouncements(filter, paging.query);
  const regions = useOfficerRegions();
  const entries = useMyEntries({ page: 1, pageSize: 10 });
  const listed = entries.data?.items.some((e) => e.status === 'LISTED');
  const [bidding, setBidding] = useState<PurchaseProjectView | null>(null);
  return (
    <Card title={t('procurement.undertaker.announcements.title')} className="undertaker-page">
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">
          {t('procurement.undertaker.announcements.intro')}
        </Typography.Text>
        {entries.isSuccess && !listed && (
          <Alert
            type="warning"
            showIcon
            data-testid="not-listed"
            title={t('procurement.undertaker.announcements.notListed')}
            action={
              <Link to="/procurement/undertaker/listing">{t('menu.procurementListing')}</Link>
            }
          />
        )}
        <AnnouncementFilters
          filter={filter}
          onChange={setFilter}
          regions={regions.options}
          idPrefix="announcements"
        />
        <CardList<PurchaseProjectView>
          query={announcements}
          pagination={paging.pagination(announcements.data)}
          keyOf={(project) => project.id}
          render={(project) => (
            <AnnouncementCard
              project={project}
              regionName={regions.nameOf}
              action={
                openForBids(project) && (
                  <Button
                    type="primary"
                    icon={<FormOutlined />}
                    data-testid="bid-open"
                    onClick={() => setBidding(project)}
                  >
                    {t('procurement.undertaker.announcements.bid')}
                  </Button>
                )
              }
            />
          )}
          empty={t('procurement.public.announcements.none')}
          testId="announcements"
          pagesTestId="announcements-pages"
        />
      </Space>
      {bidding && <BidDrawer project={bidding} onClose={() => setBidding(null)} />}
    </Card>
  );
}
