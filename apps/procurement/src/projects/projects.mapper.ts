import type { EvaluationCriterionDto, PurchaseProjectView } from '@civic/contracts';
import type { FormSchema } from '@civic/domain/forms';
import type { ProjectStatus, PurchaseMethod } from '@civic/domain/procurement';

/** A purchase project row as the repository reads it, with its item and bid count. */
export interface ProjectRow {
  id: string;
  catalogue_item_id: string;
  item_name: string;
  item_stable: boolean;
  region_code: string;
  fiscal_year: number;
  title: string;
  description: string;
  budget_fen: string;
  method: PurchaseMethod;
  method_justification: string | null;
  contract_months: number;
  budget_secured: boolean;
  reserved_for_social_organizations: boolean;
  criteria: EvaluationCriterionDto[];
  status: ProjectStatus;
  policy_version: string;
  announced_at: Date | null;
  bid_deadline: Date | null;
  bid_count: number;
  created_at: Date;
  form: FormSchema | null;
  form_version: number;
}

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

export function projectView(row: ProjectRow): PurchaseProjectView {
  return {
    id: row.id,
    catalogueItemId: row.catalogue_item_id,
    catalogueItemName: row.item_name,
    stableItem: row.item_stable,
    regionCode: row.region_code,
    fiscalYear: row.fiscal_year,
    title: row.title,
    description: row.description,
    budgetFen: Number(row.budget_fen),
    method: row.method,
    methodJustification: row.method_justification,
    contractMonths: row.contract_months,
    budgetSecured: row.budget_secured,
    reservedForSocialOrganizations: row.reserved_for_social_organizations,
    criteria: row.criteria,
    status: row.status,
    policyVersion: row.policy_version,
    announcedAt: iso(row.announced_at),
    bidDeadline: iso(row.bid_deadline),
    bidCount: row.bid_count,
    createdAt: new Date(row.created_at).toISOString(),
    // issue #17: the questions a bid answers, shown with the announcement (the answers never are).
    ...(row.form ? { form: { version: row.form_version, schema: row.form } } : {}),
  };
}
