import type {
  ContractView,
  EvaluateContractDto,
  EvaluationKind,
  EvaluatorKind,
} from './contract-types';

/** What an officer types for an evaluation (R25): one score per indicator, in its order. */
export interface EvaluateFormValues {
  kind: EvaluationKind;
  evaluator: EvaluatorKind;
  evaluatorName: string;
  scores: { score?: number | null }[];
  comment: string;
}

/**
 * The contract year an evaluation goes to, as the API picks it: the first renewed year without
 * its final evaluation; undefined when there is none (renew the next year first).
 */
export function yearToEvaluate(contract: ContractView) {
  const finals = new Set(contract.evaluations.filter((e) => e.kind === 'FINAL').map((e) => e.year));
  return contract.years.find((y) => y.commitment !== 'NOT_RENEWED' && !finals.has(y.year));
}

/**
 * The kind an evaluation of the year most likely is: a monitoring check while a monitoring
 * instalment of the year was never checked (the final evaluation follows them), else the final.
 */
export function suggestedKind(contract: ContractView): EvaluationKind {
  const year = yearToEvaluate(contract);
  const unchecked = year?.instalments.some(
    (i) => i.trigger === 'MONITORING' && i.release === 'PENDING',
  );
  return unchecked ? 'MONITORING' : 'FINAL';
}

export function initialEvaluateValues(contract: ContractView): Partial<EvaluateFormValues> {
  return {
    kind: suggestedKind(contract),
    evaluator: 'THIRD_PARTY',
    scores: contract.indicators.map(() => ({ score: null })),
  };
}

/**
 * The scores typed so far added up, to the hundredth (each score has at most two decimals, so the
 * sum is exact in hundredths): the total the API checks against the indicators' own (R25).
 */
export function scoresTotal(scores: readonly ({ score?: number | null } | undefined)[] = []) {
  const hundredths = scores.reduce(
    (sum, s) => sum + (typeof s?.score === 'number' ? Math.round(s.score * 100) : 0),
    0,
  );
  return hundredths / 100;
}

/** POST /procurement/contracts/{id}/evaluations: a score per indicator, named, and their total. */
export function toEvaluateDto(
  contract: Pick<ContractView, 'indicators'>,
  values: EvaluateFormValues,
): EvaluateContractDto {
  return {
    kind: values.kind,
    evaluator: values.evaluator,
    evaluatorName: values.evaluatorName.trim(),
    scores: contract.indicators.map((indicator, i) => ({
      indicator: indicator.name,
      score: values.scores[i]?.score as number,
    })),
    totalScore: scoresTotal(values.scores),
    comment: values.comment.trim(),
  };
}
