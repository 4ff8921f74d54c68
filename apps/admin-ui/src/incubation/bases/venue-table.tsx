import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VenueView } from '../../api/types';
import { useYuan } from '../../common/use-yuan';
import { localPagination } from '../../common/local-paging';

/** A base's venues: size, organizations hosted of how many, shared or not (R4), market rent. */
export function VenueTable({ venues }: { venues: readonly VenueView[] }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const columns: TableColumnsType<VenueView> = [
    { title: t('incubation.venues.name'), dataIndex: 'name' },
    {
      title: t('incubation.venues.area'),
      dataIndex: 'areaM2',
      align: 'right',
      render: (m2: number) => t('incubation.venues.m2', { m2 }),
    },
    {
      title: t('incubation.venues.occupancy'),
      key: 'occupancy',
      align: 'right',
      render: (_, v) => (
        <span data-testid="occupancy">
          {t('incubation.venues.occupants', { occupants: v.occupants, capacity: v.capacity })}
        </span>
      ),
    },
    {
      title: t('incubation.venues.use'),
      dataIndex: 'shared',
      render: (shared: boolean) => (
        <Tag color={shared ? 'cyan' : 'default'} data-testid="venue-shared">
          {t(shared ? 'incubation.venues.shared' : 'incubation.venues.private')}
        </Tag>
      ),
    },
    {
      title: t('incubation.venues.rate'),
      dataIndex: 'monthlyRateFenPerM2',
      align: 'right',
      className: 'nowrap',
      render: (fen: number) => t('incubation.venues.perM2', { amount: yuan(fen) }),
    },
  ];
  return (
    <Table<VenueView>
      rowKey="id"
      size="small"
      data-testid="venues-table"
      dataSource={[...venues]}
      columns={columns}
      pagination={localPagination(t, venues.length)}
      locale={{ emptyText: t('incubation.venues.none') }}
    />
  );
}
