import type { ViolationMapping } from '../../common/form-violations';
import { parseYuan } from '../../common/yuan-input';
import { wholeSum } from '../../venture/calls/call-form-values';
import type {
  CreatePurchaseProjectDto,
  EvaluationCriterionDto,
  PurchaseMethod,
} from './project-types';

/** One evaluation criterion as typed: announced with the project, before bidding (R25, R12). */
export interface CriterionRow {
  key?: string;
  name?: string;
  nameZh?: string;
  weight?: number | null;
  max?: number | null;
  kind?: 'PANEL' | 'PRICE';
  tilt?: boolean;
}

/** What an officer types for a purchase project (R25): the budget in yuan. */
export interface ProjectFormValues {
  fiscalYear: number;
  catalogueItemId: string;
  regionCode: string;
  title: string;
  description: string;
  budgetYuan: string;
  method: PurchaseMethod;
  methodJustification?: string;
  contractMonths: number;
  budgetSecured?: boolean;
  reservedForSocialOrganizations?: boolean;
  criteria: CriterionRow[];
}

/** The criteria's weights add up to exactly this (R25). */
export const WEIGHT_TOTAL = 100;

/** The sum of the weights typed so far, skipping empty rows. */
export const criteriaWeight = (criteria: readonly (CriterionRow | undefined)[] = []) =>
  wholeSum(criteria.map((c) => c?.weight));

/**
 * The criteria a new project starts from, in both languages: the service plan and the team scored
 * by the panel, the price computed from the bids (a PRICE criterion, 10–30 under the policy).
 */
export const DEFAULT_CRITERIA: readonly CriterionRow[] = [
  { key: 'plan', name: 'service plan', nameZh: '服务方案', weight: 50, max: 100, kind: 'PANEL' },
  {
    key: 'team',
    name: 'team and experience',
    nameZh: '团队与经验',
    weight: 30,
    max: 100,
    kind: 'PANEL',
  },
  { key: 'price', name: 'price', nameZh: '价格', weight: 20, max: 100, kind: 'PRICE' },
];

/** A method other than the public tender may need the law's conditions stated (the policy says when). */
export const mayNeedJustification = (method?: PurchaseMethod) =>
  method !== undefined && method !== 'PUBLIC_TENDER';

/** A new project's form: this year, a twelve-month contract, the default criteria. */
export function initialProjectValues(fiscalYear: number): Partial<ProjectFormValues> {
  return {
    fiscalYear,
    method: 'COMPETITIVE_CONSULTATION',
    contractMonths: 12,
    budgetSecured: false,
    reservedForSocialOrganizations: false,
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
  };
}

function toCriterion(row: CriterionRow): EvaluationCriterionDto {
  return {
    key: (row.key ?? '').trim(),
    name: (row.name ?? '').trim(),
    nameZh: (row.nameZh ?? '').trim(),
    weight: row.weight as number,
    max: row.max as number,
    kind: row.kind ?? 'PANEL',
    tilt: row.tilt === true,
  };
}

/**
 * POST /procurement/projects: the budget typed in yuan as integer fen (rule R26), texts trimmed,
 * the justification only for a method that may need it, the criteria as announced (R12: a tilt
 * is a criterion named in advance).
 */
export function toProjectDto(values: ProjectFormValues): CreatePurchaseProjectDto {
  const justification = values.methodJustification?.trim();
  return {
    catalogueItemId: values.catalogueItemId,
    regionCode: values.regionCode,
    fiscalYear: values.fiscalYear,
    title: values.title.trim(),
    description: values.description.trim(),
    budgetFen: parseYuan(values.budgetYuan)!,
    method: values.method,
    ...(mayNeedJustification(values.method) && justification
      ? { methodJustification: justification }
      : {}),
    contractMonths: values.contractMonths,
    budgetSecured: values.budgetSecured === true,
    reservedForSocialOrganizations: values.reservedForSocialOrganizations === true,
    criteria: values.criteria.map(toCriterion),
  };
}

/** The API names the budget in fen; the form has it in yuan. */
export const PROJECT_MAPPING: ViolationMapping = { aliases: { budgetFen: 'budgetYuan' } };

/** Whether a division code lies in another (a county in its city, a city in the province). */
export function regionWithin(code: string, outer: string): boolean {
  if (outer.endsWith('0000')) return code.startsWith(outer.slice(0, 2));
  if (outer.endsWith('00')) return code.startsWith(outer.slice(0, 4));
  return code === outer;
}
