import { formatYuan } from '@civic/domain/money';

/** One row of a programme's ranking, in rank order, as the allocation left it. rule R13, rule R14 */
export interface OutcomeRow {
  id: string;
  /** 1..n. */
  rank: number;
  rural: boolean;
  requestedFen: number;
  outcome: 'FUNDED_FROM_RESERVE' | 'FUNDED_FROM_GENERAL' | 'NOT_FUNDED';
}

/** A refusal the applicant is told about: an officer's, or finance's (the fund's budget, R27). */
export interface OutcomeRefusal {
  /** `OFFICER_REJECTED`, or finance's code (`RULE_R27_…`). */
  code: string;
  rule: string;
  message: string;
  messageZh: string;
}

export type ApplicantOutcomeCode = 'PENDING' | 'FUNDED' | 'TO_BE_FUNDED' | 'NOT_FUNDED' | 'REFUSED';

/**
 * Why: where a funded application's money comes from (R14), why an unfunded one is not funded
 * (below the cut-off, the rural reserve used, the budget spent), or that it was refused.
 */
export type ApplicantOutcomeReason =
  | 'NOT_DECIDED'
  | 'FUNDED_FROM_RESERVE'
  | 'FUNDED_FROM_GENERAL'
  | 'BELOW_CUTOFF'
  | 'RESERVE_USED'
  | 'BUDGET_SPENT'
  | 'REFUSED';

export interface ApplicantOutcomeInput {
  id: string;
  /** The ranking once decided (awards begun, or the application decided); null before. */
  ranking: { rows: readonly OutcomeRow[]; remainingFen: number } | null;
  /** Decided as funded (awarded, approved) from a source, decided against (refused), or not yet. */
  decision:
    | { kind: 'FUNDED'; source: 'RURAL_RESERVE' | 'GENERAL' }
    | { kind: 'REFUSED'; refusal: OutcomeRefusal }
    | { kind: 'NONE' };
}

export interface ApplicantOutcome {
  outcome: ApplicantOutcomeCode;
  reason: ApplicantOutcomeReason;
  /** The rule the reason rests on (R13, R14, R27, or the refusal's). */
  rule: string;
  rank?: number;
  /** How many applications the ranking holds. */
  ranked?: number;
  /** The lowest rank the ranking funds; absent when it funds none. */
  cutoffRank?: number;
  message: string;
  messageZh: string;
}

/**
 * rule R13, rule R14, rule R27: what an applicant is told about its own application once the
 * ranking is decided: its rank of how many, and funded (from the rural reserve or the general
 * pool), to be funded (the ranking funds it, the award is still to be made), not funded and why,
 * or refused with its rule. An application the ranking does not fund is
 * - RESERVE_USED (R14) when it is urban and the rural reserve went to rural applications ranked
 *   below it that, with what is left, would have paid its request;
 * - BUDGET_SPENT (R27) when applications ranked below it were funded (smaller requests that fit,
 *   or earlier decisions that keep their money) but what was left could not pay its request;
 * - BELOW_CUTOFF (R13) when it ranks below every funded application.
 * A refusal of an application the ranking does not fund is told as its not-funded reason; any
 * other refusal (an officer's, finance's) is told as the refusal. Nothing is told of another
 * applicant beyond ranks and the count (rule R13).
 */
export function applicantOutcome(input: ApplicantOutcomeInput): ApplicantOutcome {
  const { ranking, decision } = input;
  const index = ranking ? ranking.rows.findIndex((r) => r.id === input.id) : -1;
  if (!ranking || index < 0) {
    if (decision.kind === 'REFUSED') return refused(decision.refusal);
    if (decision.kind === 'FUNDED') return funded(decision.source, ['funded', '已获资助']);
    return notDecided();
  }
  const row = ranking.rows[index];
  const place = {
    rank: row.rank,
    ranked: ranking.rows.length,
    ...cutoffOf(ranking.rows),
  };
  if (row.outcome === 'NOT_FUNDED' && decision.kind !== 'FUNDED') {
    return { ...place, ...whyNotFunded(ranking.rows, index, ranking.remainingFen) };
  }
  if (decision.kind === 'REFUSED') return { ...place, ...refused(decision.refusal) };
  const head = heads(row.rank, ranking.rows.length);
  if (decision.kind === 'FUNDED') return { ...place, ...funded(decision.source, head) };
  const fromReserve = row.outcome === 'FUNDED_FROM_RESERVE';
  const [source, sourceZh] = SOURCES[fromReserve ? 'RURAL_RESERVE' : 'GENERAL'];
  return {
    ...place,
    outcome: 'TO_BE_FUNDED',
    reason: fromReserve ? 'FUNDED_FROM_RESERVE' : 'FUNDED_FROM_GENERAL',
    rule: 'R14',
    message: `${head[0]}: the ranking funds it from ${source}; the decision is still to be made (rule R14)`,
    messageZh: `${head[1]}：按排名可从${sourceZh}安排资助，正式决定尚待作出（规则 R14）`,
  };
}

const SOURCES = {
  RURAL_RESERVE: ['the rural reserve', '农村预留额度'],
  GENERAL: ['the general pool', '一般额度'],
} as const;

function funded(source: 'RURAL_RESERVE' | 'GENERAL', [head, headZh]: [string, string]) {
  const [from, fromZh] = SOURCES[source];
  return {
    outcome: 'FUNDED' as const,
    reason:
      source === 'RURAL_RESERVE'
        ? ('FUNDED_FROM_RESERVE' as const)
        : ('FUNDED_FROM_GENERAL' as const),
    rule: 'R14',
    message: `${head}: funded from ${from} (rule R14)`,
    messageZh: `${headZh}：从${fromZh}安排资助（规则 R14）`,
  };
}

function whyNotFunded(
  rows: readonly OutcomeRow[],
  index: number,
  remainingFen: number,
): Pick<ApplicantOutcome, 'outcome' | 'reason' | 'rule' | 'message' | 'messageZh'> {
  const row = rows[index];
  const below = rows.slice(index + 1).filter((r) => r.outcome !== 'NOT_FUNDED');
  const reserveBelow = below
    .filter((r) => r.outcome === 'FUNDED_FROM_RESERVE')
    .reduce((sum, r) => sum + r.requestedFen, 0);
  const [head, headZh] = heads(row.rank, rows.length);
  const asked = formatYuan(row.requestedFen);
  const left = formatYuan(remainingFen);
  const base = { outcome: 'NOT_FUNDED' as const };
  if (!row.rural && reserveBelow > 0 && reserveBelow + remainingFen >= row.requestedFen) {
    return {
      ...base,
      reason: 'RESERVE_USED',
      rule: 'R14',
      message: `${head}: not funded; part of the budget is reserved for rural organizations (rule R14) and went to rural applications ranked below it, and the ${left} yuan left does not cover the ${asked} yuan requested`,
      messageZh: `${headZh}：未获资助；部分预算预留给农村社区社会组织（规则 R14），已安排给排名在后的农村申请，剩余 ${left} 元不足以安排申请的 ${asked} 元`,
    };
  }
  if (below.length > 0) {
    return {
      ...base,
      reason: 'BUDGET_SPENT',
      rule: 'R27',
      message: `${head}: not funded; the budget is spent: ${left} yuan is left, less than the ${asked} yuan requested (rule R27), while smaller requests or earlier decisions ranked below it fit`,
      messageZh: `${headZh}：未获资助；预算已基本用完，仅剩 ${left} 元，少于申请的 ${asked} 元（规则 R27）；排名在后、申请额较小或此前已决定的项目已获安排`,
    };
  }
  const cutoff = cutoffOf(rows).cutoffRank;
  return {
    ...base,
    reason: 'BELOW_CUTOFF',
    rule: 'R13',
    message:
      cutoff === undefined
        ? `${head}: not funded; the budget funds no application of this ranking (rule R13)`
        : `${head}: not funded; funding reached rank ${cutoff}, and it ranks below that cut-off (rule R13)`,
    messageZh:
      cutoff === undefined
        ? `${headZh}：未获资助；本次预算不足以安排任何申请（规则 R13）`
        : `${headZh}：未获资助；资助安排到第 ${cutoff} 名为止，该申请排在资助线以下（规则 R13）`,
  };
}

function cutoffOf(rows: readonly OutcomeRow[]): { cutoffRank?: number } {
  const funded = rows.filter((r) => r.outcome !== 'NOT_FUNDED').map((r) => r.rank);
  return funded.length > 0 ? { cutoffRank: Math.max(...funded) } : {};
}

function heads(rank: number, of: number): [string, string] {
  return [`rank ${rank} of ${of}`, `第 ${rank} 名（共 ${of} 份）`];
}

function refused(refusal: OutcomeRefusal): ApplicantOutcome {
  return {
    outcome: 'REFUSED',
    reason: 'REFUSED',
    rule: refusal.rule,
    message: refusal.message,
    messageZh: refusal.messageZh,
  };
}

function notDecided(): ApplicantOutcome {
  return {
    outcome: 'PENDING',
    reason: 'NOT_DECIDED',
    rule: 'R13',
    message:
      'the ranking is not decided yet; the rank and the reasons are shown once it is (rule R13)',
    messageZh: '排名尚未确定；确定后即可查看名次与原因（规则 R13）',
  };
}
