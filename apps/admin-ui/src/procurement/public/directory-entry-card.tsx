import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { beijingTime } from './beijing-time';
import { useProcurementLabel } from './labels';
import { PerformanceList } from './performance-list';
import type { PublicDirectoryEntryView } from './public-types';

/** The regions an entry serves, by name, one after another. */
export function AreasText(props: {
  codes: readonly string[];
  regionName: (code: string) => string;
}) {
  const { t } = useTranslation();
  return <>{props.codes.map((code) => props.regionName(code)).join(t('common.listSeparator'))}</>;
}

/**
 * A listed undertaker as the public reads it (R24): its kind, credit code, the regions and service
 * categories it serves, when it was listed, and its performance history. No contact, no ID (R30).
 */
export function PublicDirectoryEntryCard(props: {
  entry: PublicDirectoryEntryView;
  regionName: (code: string) => string;
}) {
  const { entry, regionName } = props;
  const { t } = useTranslation();
  const label = useProcurementLabel();
  return (
    <Card
      size="small"
      className="procurement-card"
      data-testid="directory-entry"
      title={
        <Typography.Text className="procurement-card-title" data-testid="entry-name">
          {entry.name}
        </Typography.Text>
      }
    >
      <Space wrap size={4} className="procurement-card-tags">
        <Tag color="blue">{label('kind', entry.kind)}</Tag>
      </Space>
      <Descriptions
        size="small"
        column={1}
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
            key: 'listed',
            label: t('procurement.public.directory.listedAt'),
            children: beijingTime(entry.listedAt).slice(0, 10),
          },
        ]}
      />
      <PerformanceList records={entry.performance} />
    </Card>
  );
}
