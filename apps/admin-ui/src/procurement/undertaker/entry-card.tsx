import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingTime } from '../public/beijing-time';
import { AreasText } from '../public/directory-entry-card';
import { useProcurementLabel } from '../public/labels';
import { PerformanceList } from '../public/performance-list';
import { DirectoryStatusTag } from './status-tags';
import type { DirectoryEntryView } from './undertaker-types';

const time = (iso: string | null) => (iso ? beijingTime(iso) : undefined);

/**
 * One of the organization's directory entries (R24) as its applicant follows it: the status and
 * what it means, the officer's reason for a refusal or removal, what was applied for (contact
 * masked, R30) and the performance history once contracts are evaluated (R25).
 */
export function EntryCard(props: {
  entry: DirectoryEntryView;
  regionName: (code: string) => string;
}) {
  const { entry, regionName } = props;
  const { t } = useTranslation();
  const label = useProcurementLabel();
  const decided = time(entry.decidedAt);
  return (
    <Card
      size="small"
      className="procurement-card"
      data-testid="my-entry"
      data-status={entry.status}
      title={<Typography.Text className="procurement-card-title">{entry.name}</Typography.Text>}
    >
      <Space wrap size={4} className="procurement-card-tags">
        <DirectoryStatusTag status={entry.status} />
        <Tag color="blue">{label('kind', entry.kind)}</Tag>
      </Space>
      <Typography.Paragraph type="secondary" data-testid="entry-status-help">
        {t(`procurement.undertaker.listing.statusHelp.${entry.status}`)}
      </Typography.Paragraph>
      {entry.statusReason && (
        <Alert
          type={entry.status === 'REFUSED' || entry.status === 'REMOVED' ? 'error' : 'info'}
          showIcon
          className="form-alert"
          data-testid="entry-reason"
          title={t('procurement.undertaker.listing.reason', { reason: entry.statusReason })}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'code',
            label: t('procurement.public.directory.creditCode'),
            children: entry.creditCode ?? t('common.none'),
          },
          {
            key: 'areas',
            label: t('procurement.public.directory.areas'),
            children: <AreasText codes={entry.serviceAreas} regionName={regionName} />,
          },
          {
            key: 'categories',
            label: t('procurement.public.directory.categories'),
            children: entry.serviceCategories.join(t('common.listSeparator')),
          },
          {
            key: 'contact',
            label: t('organizations.fields.contact'),
            children: `${entry.contactName} ${entry.contactPhone}`,
          },
          {
            key: 'applied',
            label: t('procurement.undertaker.listing.appliedAt'),
            children: time(entry.appliedAt),
          },
          ...(decided
            ? [
                {
                  key: 'decided',
                  label: t('procurement.undertaker.listing.decidedAt'),
                  children: decided,
                },
              ]
            : []),
        ]}
      />
      {entry.status === 'LISTED' && <PerformanceList records={entry.performance} />}
    </Card>
  );
}
