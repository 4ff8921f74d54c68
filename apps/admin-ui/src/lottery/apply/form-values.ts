import type { Violation } from '../../api/errors';
import { type BudgetLineRow, linesTotalFen } from '../../common/budget-line-values';
import { parseYuan } from '../../common/yuan-input';
import { answersFromForm } from '../../forms/answer-values';
import { dottedViolations } from '../../forms/field-paths';
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
  /** Answers to the programme's added questions (issue #17), keyed by question (the API's way). */
  answers?: Record<string, unknown>;
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

/**
 * The body of POST /lottery/applications: amounts typed in yuan are sent as fen. The answers to
 * the programme's added questions (issue #17) go with it, blank ones left out (answersFromForm);
 * none are sent when none are given, since a programme without a form takes no answer.
 */
export function toApplicationDto(values: ApplyFormValues): SubmitApplicationDto {
  const answers = answersFromForm(values);
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
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
  };
}

/**
 * The API's violations as the form's fields: a budget line's amount is in fen there and in yuan
 * here; an answer's field is dotted (the API names it `answers.partners[1].amount`, the form's
 * item is `answers.partners.1.amount`, issue #17).
 */
export function toFormViolations(violations: readonly Violation[]): Violation[] {
  return dottedViolations(violations).map((v) => ({
    ...v,
    field: v.field.replace(/^(budgetLines\.\d+)\.amountFen$/, '$1.amountYuan'),
  }));
}
