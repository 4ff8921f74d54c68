import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../common/use-yuan';
import type { CatalogueItemView } from './types';

/** An item's category levels, the broadest first (R24). */
export function CategoryPath({ categories }: { categories: readonly string[] }) {
  return (
    <span className="catalogue-categories" data-testid="catalogue-categories">
      {categories.join(' › ')}
    </span>
  );
}

/** Marks a stable item (Order 102 art. 24: its contract may run up to three years). */
export function StableTag({ stable }: { stable: boolean }) {
  const { t } = useTranslation();
  if (!stable) return null;
  return (
    <Tooltip title={t('procurement.catalogue.stableHelp')}>
      <Tag color="green" data-testid="stable-tag">
        {t('procurement.fields.stable')}
      </Tag>
    </Tooltip>
  );
}

/** The reference price per unit, in yuan (R26), or that none is set. */
export function usePriceText(): (item: CatalogueItemView) => string {
  const { t } = useTranslation();
  const yuan = useYuan();
  return (item) =>
    item.referencePriceFen === null
      ? t('procurement.catalogue.noPrice')
      : t('procurement.catalogue.pricePerUnit', {
          price: yuan(item.referencePriceFen),
          unit: item.unit,
        });
}
