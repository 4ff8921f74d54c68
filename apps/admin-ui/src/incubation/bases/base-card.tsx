import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BaseView } from '../../api/types';
import { useCounties } from '../../divisions/use-divisions';
import { VenueTable } from './venue-table';

/** One base: its level, service area and contact, and its venues. */
export function BaseCard({ base, onAddVenue }: { base: BaseView; onAddVenue?: () => void }) {
  const { t } = useTranslation();
  const county = useCounties().data?.find((c) => c.code === base.countyCode);
  return (
    <Card
      type="inner"
      className="base-card"
      data-testid="base-card"
      title={
        <>
          {base.name} <Tag color="blue">{t(`enums.baseLevel.${base.level}`)}</Tag>
        </>
      }
      extra={
        onAddVenue && (
          <Button size="small" icon={<PlusOutlined />} data-testid="add-venue" onClick={onAddVenue}>
            {t('incubation.venues.add')}
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'county',
            label: t('incubation.bases.county'),
            children: county
              ? t('divisions.nameWithCode', { name: county.name, code: county.code })
              : base.countyCode,
          },
          { key: 'address', label: t('organizations.fields.address'), children: base.address },
          {
            key: 'contact',
            label: t('organizations.fields.contact'),
            children: `${base.contactName} ${base.contactPhone}`,
          },
        ]}
      />
      <VenueTable venues={base.venues} />
    </Card>
  );
}
