import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CategoryPath, StableTag, usePriceText } from '../catalogue-parts';
import type { CatalogueItemView } from '../types';

/**
 * One published catalogue item (R24) for the public: its name, category levels, region and year,
 * what the service is, its unit and reference price. Laid out to wrap on a phone.
 */
export function CatalogueCard(props: {
  item: CatalogueItemView;
  regionName: (code: string) => string;
}) {
  const { item, regionName } = props;
  const { t } = useTranslation();
  const price = usePriceText();
  return (
    <Card size="small" className="catalogue-card" data-testid="catalogue-item">
      <Typography.Title level={5} className="catalogue-card-title">
        <span data-testid="catalogue-name">{item.name}</span> <StableTag stable={item.stable} />
      </Typography.Title>
      <Typography.Paragraph type="secondary" className="catalogue-card-path">
        <CategoryPath categories={item.categories} />
      </Typography.Paragraph>
      <Typography.Paragraph className="catalogue-description">
        {item.description}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'region',
            label: t('procurement.fields.region'),
            children: t('procurement.public.regionYear', {
              region: regionName(item.regionCode),
              year: item.fiscalYear,
            }),
          },
          { key: 'unit', label: t('procurement.fields.unit'), children: item.unit },
          { key: 'price', label: t('procurement.fields.referencePrice'), children: price(item) },
        ]}
      />
    </Card>
  );
}
