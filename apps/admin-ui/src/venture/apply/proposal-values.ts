import { fenToYuan } from '@civic/domain/money';
import type { AreaType, BankCode } from '../../api/types';
import type { Violation } from '../../api/errors';
import { type BudgetLineRow, linesTotalFen } from '../../common/budget-line-values';
import { parseYuan } from '../../common/yuan-input';
import { answersFromForm } from '../../forms/answer-values';
import { dottedViolations } from '../../forms/field-paths';
import type { CreateProposalDto, PriorityGroup, ProposalView } from '../types';

export { type BudgetLineRow, linesTotalFen };

export interface ProposalFormValues {
  title: string;
  summary: string;
  projectAreaType: AreaType;
  servedGroups: PriorityGroup[];
  budgetLines: BudgetLineRow[];
  requestedYuan: string;
  contactName: string;
  contactPhone: string;
  bankAccount: { accountName: string; accountNumber: string; bankCode: BankCode; bankName: string };
  /** Answers to the call's added questions (issue #17), as the API takes them. */
  answers?: Record<string, unknown>;
}

export const INITIAL_PROPOSAL: Partial<ProposalFormValues> = {
  projectAreaType: 'URBAN',
  servedGroups: [],
  budgetLines: [{}],
};

/**
 * Whether the lines add up to the amount asked (R17), while both are amounts: `undefined` until
 * they are, so the page does not warn about a form still being filled in.
 */
export function linesMatch(values: Partial<ProposalFormValues>): boolean | undefined {
  const requested = parseYuan(values.requestedYuan);
  const lines = values.budgetLines ?? [];
  if (requested === undefined || lines.some((l) => parseYuan(l?.amountYuan) === undefined)) {
    return undefined;
  }
  return linesTotalFen(lines) === requested;
}

const text = (value?: string) => (value ?? '').trim();

/** The body of POST /venture/proposals: yuan typed are sent as fen (R26). */
export function toProposalDto(callId: string, values: ProposalFormValues): CreateProposalDto {
  return {
    callId,
    title: text(values.title),
    summary: text(values.summary),
    projectAreaType: values.projectAreaType,
    servedGroups: values.servedGroups ?? [],
    budgetLines: (values.budgetLines ?? []).map((line) => ({
      description: text(line.description),
      amountFen: parseYuan(line.amountYuan)!,
    })),
    requestedFen: parseYuan(values.requestedYuan)!,
    contactName: text(values.contactName),
    contactPhone: text(values.contactPhone),
    bankAccount: {
      accountName: text(values.bankAccount?.accountName),
      accountNumber: text(values.bankAccount?.accountNumber),
      bankCode: values.bankAccount?.bankCode,
      bankName: text(values.bankAccount?.bankName),
    },
    answers: answersFromForm(values),
  };
}

/** A saved draft back in the form: fen shown as yuan with two decimals. */
export function proposalFormValues(p: ProposalView): ProposalFormValues {
  return {
    title: p.title,
    summary: p.summary,
    projectAreaType: p.projectAreaType,
    servedGroups: [...p.servedGroups],
    budgetLines: p.budgetLines.map((l) => ({
      description: l.description,
      amountYuan: fenToYuan(l.amountFen),
    })),
    requestedYuan: fenToYuan(p.requestedFen),
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    bankAccount: { ...p.bankAccount },
    answers: { ...p.answers },
  };
}

/**
 * The API names amounts in fen, the form has them in yuan; lines that do not add up are told on
 * the amount asked, where the difference shows.
 */
export function toProposalViolations(violations: readonly Violation[]): Violation[] {
  return dottedViolations(violations).map((v) => ({
    ...v,
    field:
      v.field === 'requestedFen' || v.field === 'budgetLines'
        ? 'requestedYuan'
        : v.field.replace(/\.amountFen$/, '.amountYuan'),
  }));
}
