import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../common/error-result';
import { usePaging } from '../../common/use-paging';
import { useCatalogue } from '../catalogue-queries';
import { CatalogueFilters } from '../catalogue-filters';
import { CategoryPath, StableTag, usePriceText } from '../catalogue-parts';
import { GUANGXI } from '../regions';
import type { CatalogueFilter, CatalogueItemView } from '../types';
import { useOfficerRegions } from '../use-region-options';
import { CreateItemDrawer } from './create-item-drawer';
import { ExportButton } from '../../common/export-button';

/**
 * The catalogue of services the government purchases (政府购买服务指导性目录, R24), as officers
 * keep it: every region's items, by region, fiscal year and category, a page at a time from the
 * API; officers enter items, each checked against the negative list (R25).
 */
export function CataloguePage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<CatalogueFilter>({ fiscalYear: dayjs().year() });
  const [creating, setCreating] = useState(false);
  const paging = usePaging({ scope: filter });
  const catalogue = useCatalogue(filter, paging.query);
  const regions = useOfficerRegions();
  const columns = useColumns(regions.nameOf);
  if (catalogue.isError) return <ErrorResult error={catalogue.error} />;
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Card
        title={t('procurement.catalogue.title')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="catalogue-create"
            onClick={() => setCreating(true)}
          >
            {t('procurement.catalogue.create')}
          </Button>
        }
      >
        <Space orientation="vertical" size="middle" className="full-width">
          <Typography.Text type="secondary">{t('procurement.catalogue.intro')}</Typography.Text>
          <CatalogueFilters
            filter={filter}
            onChange={setFilter}
            regions={regions.options}
            idPrefix="catalogue"
          />
          <ExportButton path="/api/v1/procurement/catalogue/export.xlsx" filters={filter} />
          <Table<CatalogueItemView>
            rowKey="id"
            data-testid="catalogue-table"
            loading={catalogue.isPending}
            dataSource={catalogue.data?.items}
            columns={columns}
            pagination={paging.pagination(catalogue.data)}
            expandable={{
              expandedRowRender: (item) => (
                <Typography.Paragraph className="catalogue-description">
                  {item.description}
                </Typography.Paragraph>
              ),
            }}
            scroll={{ x: 'max-content' }}
          />
        </Space>
      </Card>
      {creating && (
        <CreateItemDrawer
          initial={{
            regionCode: filter.regionCode ?? GUANGXI.code,
            fiscalYear: filter.fiscalYear ?? dayjs().year(),
          }}
          onClose={() => setCreating(false)}
        />
      )}
    </Space>
  );
}

function useColumns(regionName: (code: string) => string): TableColumnsType<CatalogueItemView> {
  const { t } = useTranslation();
  const price = usePriceText();
  return [
    {
      title: t('procurement.fields.name'),
      dataIndex: 'name',
      render: (name: string, item) => (
        <Space size={4} wrap>
          <span data-testid="catalogue-name">{name}</span>
          <StableTag stable={item.stable} />
        </Space>
      ),
    },
    {
      title: t('procurement.fields.categories'),
      dataIndex: 'categories',
      render: (categories: string[]) => <CategoryPath categories={categories} />,
    },
    {
      title: t('procurement.fields.region'),
      dataIndex: 'regionCode',
      className: 'nowrap',
      render: (code: string) => regionName(code),
    },
    { title: t('finance.funds.fiscalYear'), dataIndex: 'fiscalYear', className: 'nowrap' },
    { title: t('procurement.fields.unit'), dataIndex: 'unit', className: 'nowrap' },
    {
      title: t('procurement.fields.referencePrice'),
      key: 'price',
      align: 'right',
      className: 'nowrap',
      render: (_, item) => price(item),
    },
    {
      title: t('procurement.fields.policyVersion'),
      dataIndex: 'policyVersion',
      className: 'nowrap',
    },
    {
      title: t('procurement.fields.createdAt'),
      dataIndex: 'createdAt',
      className: 'nowrap',
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
  ];
}
