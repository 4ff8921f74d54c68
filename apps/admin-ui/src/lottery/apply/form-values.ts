import type { Violation } from '../../api/errors';
import { type BudgetLineRow, linesTotalFen } from '../../common/budget-line-values';
import { parseYuan } from '../../common/yuan-input';
import type {
  AreaType,
  BankCode,
  BudgetCategory,
  PriorityGroup,
  SubmitApplicationDto,
} from '../../api/types';

export interface ApplyFormValues {
  programmeId: string;
  projectName: string;
  projectAreaType: AreaType;
  beneficiaries: { group?: PriorityGroup; count?: number }[];
  budgetLines: (BudgetLineRow & { category?: BudgetCategory })[];
  contactName: string;
  contactPhone: string;
  bankAccount: { accountName: string; accountNumber: string; bankCode: BankCode; bankName: string };
}

export const INITIAL_VALUES: Partial<ApplyFormValues> = {
  projectAreaType: 'URBAN',
  beneficiaries: [{}],
  budgetLines: [{}],
};

/** A line's amount in fen, or undefined while it is not a yuan amount (two decimals at most). */
export const lineFen = parseYuan;

/** The requested total: the lines add up to it (R17), in fen (R26). */
export const totalFen = linesTotalFen;

/** The lines whose amount is not a yuan amount, by index. */
export function badAmountLines(lines: ApplyFormValues['budgetLines']): number[] {
  return lines.flatMap((line, i) => (lineFen(line.amountYuan) === undefined ? [i] : []));
}

/** The body of POST /lottery/applications: amounts typed in yuan are sent as fen. */
export function toApplicationDto(values: ApplyFormValues): SubmitApplicationDto {
  const budgetLines = values.budgetLines.map((line) => ({
    category: line.category!,
    description: line.description!.trim(),
    amountFen: lineFen(line.amountYuan)!,
  }));
  return {
    programmeId: values.programmeId,
    projectName: values.projectName.trim(),
    projectAreaType: values.projectAreaType,
    beneficiaries: values.beneficiaries.map((b) => ({ group: b.group!, count: b.count! })),
    budgetLines,
    requestedFen: budgetLines.reduce((sum, line) => sum + line.amountFen, 0),
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
    bankAccount: {
      accountName: values.bankAccount.accountName.trim(),
      accountNumber: values.bankAccount.accountNumber.trim(),
      bankCode: values.bankAccount.bankCode,
      bankName: values.bankAccount.bankName.trim(),
    },
  };
}

/** The API names amounts in fen; the form has them in yuan. */
export function toFormViolations(violations: readonly Violation[]): Violation[] {
  return violations.map((v) => ({ ...v, field: v.field.replace(/\.amountFen$/, '.amountYuan') }));
}
