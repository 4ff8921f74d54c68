import type { FormInstance } from 'antd';
import { ApiError } from '../../api/errors';
import { applyViolations, type ViolationMapping } from '../../common/form-violations';
import { parseYuan } from '../../common/yuan-input';
import { answersFromForm } from '../../forms/answer-values';
import { dottedViolations } from '../../forms/field-paths';
import type { SubmitBidDto } from './undertaker-types';

/**
 * What the bidder types: the price in yuan (two decimals at most), the service proposal, and the
 * answers to the project's added questions (issue #17), keyed by question as the API takes them.
 */
export interface BidFormValues {
  priceYuan: string;
  proposal: string;
  answers?: Record<string, unknown>;
}

/** The price's violations (over the budget, R25) show on the yuan field. */
export const BID_MAPPING: ViolationMapping = { aliases: { priceFen: 'priceYuan' } };

/**
 * The request body: the price typed in yuan as integer fen (rule R26), the proposal trimmed, and
 * the answers given (answersFromForm: blank ones left out; none sent when none are given, since a
 * project without a form takes no answer, issue #17).
 */
export function toBidDto(values: BidFormValues): SubmitBidDto {
  const priceFen = parseYuan(values.priceYuan);
  if (priceFen === undefined) throw new RangeError(`not an amount in yuan: ${values.priceYuan}`);
  const answers = answersFromForm(values);
  return {
    priceFen,
    proposal: values.proposal.trim(),
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
  };
}

/**
 * After a refused bid: the API's violations on their fields, an answer's too (the API names them
 * `answers.partners[1].amount`, the form's items `answers.partners.1.amount`, issue #17); what no
 * field shows is returned for the alert above the form.
 */
export function bidProblems(form: FormInstance, error: Error): string[] {
  const violations = error instanceof ApiError ? dottedViolations(error.violations) : [];
  const unmatched = applyViolations(form, violations, BID_MAPPING);
  return violations.length > 0 ? unmatched.map((v) => v.message) : [error.message];
}
