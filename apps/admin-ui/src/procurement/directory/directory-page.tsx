import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { useLinkedStatus } from '../../home/linked-status';
import { dateTime } from '../../venture/calls/call-columns';
import { useOfficerRegions } from '../use-region-options';
import { DirectoryFilters } from './directory-filters';
import { useDirectory } from './directory-queries';
import { DirectoryStatusTag, KindTag } from './directory-tags';
import {
  DIRECTORY_STATUSES,
  type DirectoryEntryView,
  type DirectoryFilter,
} from './directory-types';
import { EnterUndertakerDrawer } from './enter-undertaker-drawer';
import { ExportButton } from '../../common/export-button';

/**
 * The directory of undertakers fit to take on community services (承接社区服务的社会组织指导目录,
 * R24) as officers keep it: every entry, by kind, status and region served, a page at a time from
 * the API; each opens on its own page to be decided. Officers enter undertakers of other kinds
 * than the registry's organizations (Order 102 art. 6–8, R25).
 */
export function DirectoryPage() {
  const { t } = useTranslation();
  // A work link (issue #18) names a status (`?status=PENDING`): the applications to decide.
  const linked = useLinkedStatus(DIRECTORY_STATUSES);
  const [filter, setFilter] = useState<DirectoryFilter>(linked ? { status: linked } : {});
  const [entering, setEntering] = useState(false);
  const paging = usePaging({ scope: filter });
  const directory = useDirectory(filter, paging.query);
  const regions = useOfficerRegions();
  const columns = useDirectoryColumns(regions.nameOf);
  if (directory.isError) return <ErrorResult error={directory.error} />;
  return (
    <Card
      title={t('procurement.directory.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="directory-enter"
          onClick={() => setEntering(true)}
        >
          {t('procurement.directory.enter')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" className="full-width">
        <Typography.Text type="secondary">{t('procurement.directory.intro')}</Typography.Text>
        <DirectoryFilters filter={filter} onChange={setFilter} regions={regions.options} />
        <ExportButton path="/api/v1/procurement/directory/export.xlsx" filters={filter} />
        <Table<DirectoryEntryView>
          rowKey="id"
          data-testid="directory-table"
          loading={directory.isPending}
          dataSource={directory.data?.items}
          columns={columns}
          pagination={paging.pagination(directory.data)}
          scroll={{ x: 'max-content' }}
        />
      </Space>
      {entering && <EnterUndertakerDrawer onClose={() => setEntering(false)} />}
    </Card>
  );
}

function useDirectoryColumns(
  regionName: (code: string) => string,
): TableColumnsType<DirectoryEntryView> {
  const { t } = useTranslation();
  return [
    {
      title: t('procurement.directory.name'),
      dataIndex: 'name',
      render: (name: string, entry) => (
        <Link to={`/procurement/directory/${entry.id}`} data-testid="entry-link">
          {name}
        </Link>
      ),
    },
    {
      title: t('procurement.directory.kind'),
      dataIndex: 'kind',
      className: 'nowrap',
      render: (_, entry) => <KindTag kind={entry.kind} />,
    },
    {
      title: t('procurement.directory.identifier'),
      key: 'identifier',
      className: 'nowrap',
      render: (_, entry) => entry.creditCode ?? entry.residentIdMasked ?? '',
    },
    {
      title: t('procurement.directory.serviceAreas'),
      dataIndex: 'serviceAreas',
      render: (areas: string[]) => areas.map(regionName).join('、'),
    },
    {
      title: t('procurement.directory.serviceCategories'),
      dataIndex: 'serviceCategories',
      render: (categories: string[]) => categories.map((c) => <Tag key={c}>{c}</Tag>),
    },
    {
      title: t('procurement.directory.status'),
      dataIndex: 'status',
      className: 'nowrap',
      render: (_, entry) => <DirectoryStatusTag status={entry.status} />,
    },
    {
      title: t('procurement.directory.appliedAt'),
      dataIndex: 'appliedAt',
      className: 'nowrap',
      render: dateTime,
    },
  ];
}
