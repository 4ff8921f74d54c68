import { assertNonNegativeFen } from '@civic/domain/money';
import { type PurchaseRefusal, refusal } from './purchase-policy';
import { divisionPrefix } from './undertaker';

/** What the art. 14 check reads of the catalogue item a project would buy. */
export interface CatalogueItemScope {
  regionCode: string;
  fiscalYear: number;
  name: string;
}

/** What the art. 14 check reads of the project. */
export interface ProjectScope {
  regionCode: string;
  fiscalYear: number;
  budgetFen: number;
}

/** The year's government purchase budget as procurement knows it (finance's announcement, R27). */
export interface YearBudget {
  /** Null when finance has appropriated nothing for the year. */
  appropriatedFen: number | null;
  /** What live projects of the year (not cancelled or failed) already plan to spend. */
  plannedFen: number;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * rule R25 (Order 102 art. 14): only a service both in the catalogue and budgeted may be bought.
 * The item must exist, be of the project's fiscal year, and its region must contain the buyer's
 * (a county buys from its province's catalogue, not the other way round). The year's budget must
 * exist and hold the project beside the others already planned. A refusal names the field.
 */
export function checkPurchaseScope(
  item: CatalogueItemScope | null,
  project: ProjectScope,
  budget: YearBudget,
): { ok: true } | PurchaseRefusal {
  assertNonNegativeFen(project.budgetFen, 'rule R25: budgetFen');
  if (!item) {
    return refusal(
      'R25',
      'NOT_IN_CATALOGUE',
      'catalogueItemId',
      'only services in the catalogue may be bought (Order 102 art. 14); no such catalogue item',
      '只能购买指导性目录内的服务（财政部令第102号第十四条），目录中没有该条目',
    );
  }
  if (item.fiscalYear !== project.fiscalYear) {
    return refusal(
      'R25',
      'CATALOGUE_YEAR',
      'fiscalYear',
      `the catalogue item "${item.name}" is in the ${item.fiscalYear} catalogue, not ${project.fiscalYear}'s (Order 102 art. 14)`,
      `目录条目「${item.name}」属于 ${item.fiscalYear} 年度目录，不是 ${project.fiscalYear} 年度（财政部令第102号第十四条）`,
    );
  }
  if (!project.regionCode.startsWith(divisionPrefix(item.regionCode))) {
    return refusal(
      'R25',
      'CATALOGUE_REGION',
      'regionCode',
      `region ${project.regionCode} lies outside the catalogue of ${item.regionCode} the item belongs to (Order 102 art. 14)`,
      `地区 ${project.regionCode} 不在该条目所属目录（${item.regionCode}）的范围内（财政部令第102号第十四条）`,
    );
  }
  if (budget.appropriatedFen === null) {
    return refusal(
      'R25',
      'NOT_BUDGETED',
      'fiscalYear',
      `there is no government purchase budget for ${project.fiscalYear}; only budgeted services may be bought (Order 102 art. 14)`,
      `${project.fiscalYear} 年度没有政府购买服务预算，只能购买已列入预算的服务（财政部令第102号第十四条）`,
    );
  }
  const left = budget.appropriatedFen - budget.plannedFen;
  if (project.budgetFen > left) {
    return refusal(
      'R25',
      'OVER_BUDGET',
      'budgetFen',
      `${yuan(project.budgetFen)} yuan exceeds the ${yuan(Math.max(left, 0))} yuan of the ${project.fiscalYear} government purchase budget not yet planned (Order 102 art. 14, R27)`,
      `${yuan(project.budgetFen)} 元超过 ${project.fiscalYear} 年度政府购买服务预算中尚未安排的 ${yuan(Math.max(left, 0))} 元（财政部令第102号第十四条，规则 R27）`,
    );
  }
  return { ok: true };
}
