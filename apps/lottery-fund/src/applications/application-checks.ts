import type { FieldViolation, SubmitApplicationDto } from '@civic/contracts';
import { type BannedUsePolicy, checkBeneficiaries, checkBudget } from '@civic/domain/lottery';

/**
 * The rules an application's content must keep, as field violations naming each field and rule:
 * whom it serves (R7), and a budget of lawful uses (R22, under the banned-use policy in force) in
 * whole fen (R26) that adds up (R17).
 */
export function applicationViolations(
  dto: SubmitApplicationDto,
  bannedUses: BannedUsePolicy,
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const beneficiaries = checkBeneficiaries(dto.beneficiaries);
  if (!beneficiaries.ok) {
    for (const v of beneficiaries.violations) {
      violations.push({
        field: v.index === null ? 'beneficiaries' : `beneficiaries.${v.index}.${v.field}`,
        rule: 'R7',
        message: v.message,
        messageZh: v.messageZh,
      });
    }
  }
  const budget = checkBudget(dto.budgetLines, dto.requestedFen, bannedUses);
  if (!budget.ok) {
    for (const v of budget.violations) {
      violations.push({
        field:
          v.index !== null
            ? `budgetLines.${v.index}.${v.field}`
            : v.field === 'requestedFen'
              ? 'requestedFen'
              : 'budgetLines',
        rule: v.rule,
        message: v.message,
        messageZh: v.messageZh,
      });
    }
  }
  return violations;
}
