import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../auth/use-current-user';
import { usePaging } from '../../common/use-paging';
import { useOrganization } from '../../organizations/queries';
import { CardList } from '../public/card-list';
import { useOfficerRegions } from '../use-region-options';
import { ApplyForm } from './apply-form';
import { EntryCard } from './entry-card';
import { DirectoryStatusTag } from './status-tags';
import { useMyEntries } from './undertaker-queries';
import type { DirectoryEntryView, DirectoryStatus } from './undertaker-types';

const STATUSES: DirectoryStatus[] = ['PENDING', 'LISTED', 'REFUSED', 'REMOVED'];

/**
 * 承接主体申请 (R24): the organization's directory entries, each with its status explained and an
 * officer's reason shown, and the application form while it has no pending or listed entry (one
 * such entry per organization). An account bound to no organization is told to get bound first.
 */
export function ListingPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [applying, setApplying] = useState(false);
  const paging = usePaging({ pageSize: 10 });
  const entries = useMyEntries(paging.query);
  const regions = useOfficerRegions();
  const items = entries.data?.items ?? [];
  const active = items.some((e) => e.status === 'PENDING' || e.status === 'LISTED');
  const canApply = !!user.organizationId && entries.isSuccess && !active;
  return (
    <Space orientation="vertical" size="middle" className="full-width undertaker-page">
      <Card
        title={t('procurement.undertaker.listing.title')}
        extra={
          canApply &&
          !applying && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setApplying(true)}
              data-testid="apply-open"
            >
              {t('procurement.undertaker.listing.apply')}
            </Button>
          )
        }
      >
        <Space orientation="vertical" size="middle" className="full-width">
          <Typography.Text type="secondary">
            {t('procurement.undertaker.listing.intro')}
          </Typography.Text>
          {!user.organizationId && (
            <Alert
              type="warning"
              showIcon
              data-testid="not-bound"
              title={t('procurement.undertaker.notBound')}
            />
          )}
          <Collapse
            size="small"
            items={[
              {
                key: 'statuses',
                label: t('procurement.undertaker.listing.statusesTitle'),
                children: (
                  <ul className="undertaker-statuses">
                    {STATUSES.map((status) => (
                      <li key={status}>
                        <DirectoryStatusTag status={status} />
                        {t(`procurement.undertaker.listing.statusHelp.${status}`)}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
          {applying && user.organizationId && (
            <ApplyOwn organizationId={user.organizationId} onClose={() => setApplying(false)} />
          )}
          <CardList<DirectoryEntryView>
            query={entries}
            pagination={paging.pagination(entries.data)}
            keyOf={(entry) => entry.id}
            render={(entry) => <EntryCard entry={entry} regionName={regions.nameOf} />}
            empty={t('procurement.undertaker.listing.none')}
            testId="my-entries"
            pagesTestId="my-entries-pages"
            columns={1}
          />
          {active && (
            <Link to="/procurement/undertaker/announcements">
              {t('procurement.undertaker.listing.toAnnouncements')}
            </Link>
          )}
        </Space>
      </Card>
    </Space>
  );
}

/** The form, named for the organization it applies for. */
function ApplyOwn(props: { organizationId: string; onClose: () => void }) {
  const organization = useOrganization(props.organizationId);
  return <ApplyForm organizationName={organization.data?.name} onClose={props.onClose} />;
}
