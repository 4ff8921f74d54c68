import type { CatalogueItemView } from '@civic/contracts';
import type { CatalogueItem } from './catalogue-item.entity';

/** A catalogue item as the API shows it: its category levels as one list, the broadest first. */
export function catalogueItemView(item: CatalogueItem): CatalogueItemView {
  return {
    id: item.id,
    regionCode: item.regionCode,
    fiscalYear: item.fiscalYear,
    categories: [item.category1, item.category2, item.category3].filter(
      (c): c is string => c !== null,
    ),
    name: item.name,
    description: item.description,
    unit: item.unit,
    referencePriceFen: item.referencePriceFen,
    stable: item.stable,
    policyVersion: item.policyVersion,
    createdAt: item.createdAt.toISOString(),
  };
}
