import type { FormRule } from 'antd';
import type { RuleRender } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { ViolationMapping } from '../../common/form-violations';
import { parseYuan } from '../../common/yuan-input';
import type { CreateCatalogueItemDto } from '../types';

/** What an officer types for a catalogue item (R24): three category fields, the price in yuan. */
export interface CatalogueFormValues {
  regionCode: string;
  fiscalYear: number;
  category1: string;
  category2?: string;
  category3?: string;
  name: string;
  description: string;
  unit: string;
  /** Optional; in yuan with at most two decimals, sent as integer fen (R26). */
  referencePriceYuan?: string;
  stable?: boolean;
}

/** Units catalogue services are counted in, offered while typing (any other may be typed). */
export const UNIT_SUGGESTIONS = [
  '人次',
  '户·月',
  '人·月',
  '人·年',
  '人·期',
  '场',
  '项目',
  '个·年',
  '小时',
] as const;

/** The API's fields → the form's: a category level's violation shows on its own field. */
export const CATALOGUE_MAPPING: ViolationMapping = {
  aliases: {
    'categories.0': 'category1',
    'categories.1': 'category2',
    'categories.2': 'category3',
    referencePriceFen: 'referencePriceYuan',
  },
};

/**
 * The request body: the category levels typed, the broadest first, up to the first one left
 * empty (the form asks for a level before the next); the reference price in yuan as integer fen
 * (rule R26), none when left empty; texts trimmed.
 */
export function toCatalogueDto(values: CatalogueFormValues): CreateCatalogueItemDto {
  const levels = [values.category1, values.category2, values.category3].map((c) => c?.trim() ?? '');
  const empty = levels.indexOf('');
  const categories = empty === -1 ? levels : levels.slice(0, empty);
  const referencePriceFen = parseYuan(values.referencePriceYuan);
  return {
    regionCode: values.regionCode,
    fiscalYear: values.fiscalYear,
    categories,
    name: values.name.trim(),
    description: values.description.trim(),
    unit: values.unit.trim(),
    ...(referencePriceFen === undefined ? {} : { referencePriceFen }),
    stable: values.stable ?? false,
  };
}

/** An optional amount in yuan: empty, or a number with at most two decimals. */
export function optionalYuanRules(t: TFunction): FormRule[] {
  return [
    {
      validator: (_, value?: string) =>
        !value?.trim() || parseYuan(value) !== undefined
          ? Promise.resolve()
          : Promise.reject(new Error(t('organizations.form.badAmount'))),
    },
  ];
}

/** A category level needs the one above it: a third level without a second is refused here. */
export function levelAfterRules(t: TFunction, above: 'category1' | 'category2'): RuleRender {
  return (form) => ({
    validator: (_, value?: string) => {
      const upper: unknown = form.getFieldValue(above);
      return !value?.trim() || (typeof upper === 'string' && upper.trim())
        ? Promise.resolve()
        : Promise.reject(new Error(t('procurement.catalogue.levelNeedsAbove')));
    },
  });
}
