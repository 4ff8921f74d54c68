export {
  checkNegativeList,
  type CatalogueEntry,
  type NegativeListCheck,
  type NegativeListClause,
  type NegativeListPolicy,
  type NegativeListRefusal,
} from './lib/negative-list';
