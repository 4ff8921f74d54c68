// The government purchase of services API's shapes (R24, R25), taken from the generated schema.
import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type CatalogueItemView = Schemas['CatalogueItemView'];
export type CataloguePage = Schemas['CataloguePage'];
export type CreateCatalogueItemDto = Schemas['CreateCatalogueItemDto'];

/** What the catalogue is filtered by: a region, a fiscal year, a category name at any level. */
export interface CatalogueFilter {
  regionCode?: string;
  fiscalYear?: number;
  category?: string;
}
