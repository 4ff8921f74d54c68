import { stateMachine } from '@civic/domain/programme';
import { toHundredths } from './fraction';
import type { InstalmentTrigger } from './instalments';
import { type PurchasePolicy, type PurchaseRefusal, refusal } from './purchase-policy';

/**
 * A contract's performance (R25, Order 102: payment follows the contract and the evaluation):
 * its indicators, the buyer's or a third party's monitoring and final evaluations with their
 * scores, and what each evaluation does to the instalments it decides.
 */

/** A signed contract (R25): in force, then COMPLETED once its last year's final evaluation is in. */
export type ContractStatus = 'IN_FORCE' | 'COMPLETED';

export const CONTRACT_STATUSES: readonly ContractStatus[] = Object.freeze([
  'IN_FORCE',
  'COMPLETED',
]);

export const contractStatus = stateMachine<ContractStatus, 'COMPLETE'>({
  name: 'contract',
  nameZh: '购买服务合同',
  rule: 'R25',
  transitions: { IN_FORCE: { COMPLETE: 'COMPLETED' }, COMPLETED: {} },
});

/**
 * Where an instalment stands with its evaluation (R25, R19): PENDING until what triggers it
 * happens (signing or renewal, a monitoring evaluation, the final evaluation), then RELEASED
 * (asked of finance once the year is committed) or HELD by a failed evaluation. A monitoring
 * instalment held by a failed check is released by a later passing one (after rectification);
 * a held final instalment is never paid.
 */
export type InstalmentRelease = 'PENDING' | 'RELEASED' | 'HELD';

export const INSTALMENT_RELEASES: readonly InstalmentRelease[] = Object.freeze([
  'PENDING',
  'RELEASED',
  'HELD',
]);

export const instalmentRelease = stateMachine<InstalmentRelease, 'RELEASE' | 'HOLD'>({
  name: 'instalment',
  nameZh: '合同分期款',
  rule: 'R25',
  transitions: {
    PENDING: { RELEASE: 'RELEASED', HOLD: 'HELD' },
    HELD: { RELEASE: 'RELEASED', HOLD: 'HELD' },
    RELEASED: {},
  },
});

/** Monitoring during the year (履约监测) or the final evaluation at its end (结项评价). */
export type EvaluationKind = 'MONITORING' | 'FINAL';
export const EVALUATION_KINDS: readonly EvaluationKind[] = Object.freeze(['MONITORING', 'FINAL']);

/** Who evaluated: the buyer itself or a third party it engaged (第三方评价机构). */
export type EvaluatorKind = 'BUYER' | 'THIRD_PARTY';
export const EVALUATOR_KINDS: readonly EvaluatorKind[] = Object.freeze(['BUYER', 'THIRD_PARTY']);

/**
 * What an evaluation decided of its instalment: a monitoring check RELEASEs or HOLDs the
 * monitoring instalment; the final evaluation PAYs, REDUCEs or HOLDs the final one
 * (finalInstalmentAfterEvaluation).
 */
export type EvaluationDecision = 'RELEASE' | 'HOLD' | 'PAY' | 'REDUCE';
export const EVALUATION_DECISIONS: readonly EvaluationDecision[] = Object.freeze([
  'RELEASE',
  'HOLD',
  'PAY',
  'REDUCE',
]);

/** A performance indicator the contract holds (绩效指标): what is measured and its weight. */
export interface PerformanceIndicator {
  name: string;
  /** The target, in words: 每月上门探访不少于 2 次, 服务对象满意度不低于 90%. */
  target: string;
  /** Whole points out of 100; the indicators' weights add up to 100. */
  weight: number;
}

/** One indicator's score in an evaluation: points from 0 to its weight, at most 2 decimals. */
export interface IndicatorScore {
  indicator: string;
  score: number;
}

export type PerformanceCheck = { ok: true } | PurchaseRefusal;

/**
 * rule R25: the contract's indicators: uniquely named (trimmed), each weighing whole points
 * from 1 to 100, the weights adding up to 100, so an evaluation's total is out of 100.
 */
export function checkIndicators(indicators: readonly PerformanceIndicator[]): PerformanceCheck {
  if (!Array.isArray(indicators) || indicators.length === 0) {
    return refusal(
      'R25',
      'INDICATORS',
      'indicators',
      'the contract holds at least one performance indicator',
      '合同须约定至少一项绩效指标',
    );
  }
  const names = new Set<string>();
  for (const [i, indicator] of indicators.entries()) {
    const name = indicator.name.trim();
    if (names.has(name)) {
      return refusal(
        'R25',
        'INDICATOR_NAME',
        `indicators.${i}.name`,
        `indicator ${i + 1}: the name ${name} is used twice`,
        `第 ${i + 1} 项绩效指标名称“${name}”重复`,
      );
    }
    names.add(name);
    if (!Number.isSafeInteger(indicator.weight) || indicator.weight < 1 || indicator.weight > 100) {
      return refusal(
        'R25',
        'INDICATOR_WEIGHT',
        `indicators.${i}.weight`,
        `indicator ${i + 1}: the weight must be whole points from 1 to 100, got ${String(indicator.weight)}`,
        `第 ${i + 1} 项绩效指标的权重须为 1 至 100 的整数，实际为 ${String(indicator.weight)}`,
      );
    }
  }
  const sum = indicators.reduce((total, it) => total + it.weight, 0);
  if (sum !== 100) {
    return refusal(
      'R25',
      'INDICATOR_WEIGHTS',
      'indicators',
      `the indicators' weights add up to ${sum}, not 100`,
      `各项绩效指标权重合计为 ${sum}，应为 100`,
    );
  }
  return { ok: true };
}

/**
 * rule R25: an evaluation's scores: exactly one per indicator of the contract, each from 0 to
 * the indicator's weight with at most 2 decimals, and the total score (0–100) equal to their sum
 * to the hundredth, so the published total is the indicators' own.
 */
export function checkEvaluationScores(
  indicators: readonly PerformanceIndicator[],
  scores: readonly IndicatorScore[],
  totalScore: number,
): PerformanceCheck {
  const weights = new Map(indicators.map((it) => [it.name.trim(), it.weight]));
  const seen = new Set<string>();
  let sum = 0n;
  for (const [i, entry] of scores.entries()) {
    const name = entry.indicator.trim();
    const weight = weights.get(name);
    if (weight === undefined || seen.has(name)) {
      return refusal(
        'R25',
        'EVALUATION_INDICATOR',
        `scores.${i}.indicator`,
        `score ${i + 1}: ${name} is not an indicator of the contract, or is scored twice`,
        `第 ${i + 1} 项评分：“${name}”不是合同约定的绩效指标，或重复评分`,
      );
    }
    seen.add(name);
    const hundredths = toHundredths(entry.score);
    if (hundredths === null || hundredths < 0n || hundredths > BigInt(weight) * 100n) {
      return refusal(
        'R25',
        'EVALUATION_SCORE',
        `scores.${i}.score`,
        `${name}: the score must be from 0 to its weight ${weight}, at most 2 decimals, got ${String(entry.score)}`,
        `“${name}”的得分须在 0 至权重 ${weight} 之间，最多两位小数，实际为 ${String(entry.score)}`,
      );
    }
    sum += hundredths;
  }
  const missing = [...weights.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) {
    return refusal(
      'R25',
      'EVALUATION_INDICATOR',
      'scores',
      `every indicator is scored; missing: ${missing.join(', ')}`,
      `每项绩效指标都须评分，缺少：${missing.join('、')}`,
    );
  }
  const total = toHundredths(totalScore);
  if (total === null || total < 0n || total > 10000n || total !== sum) {
    const shown = `${sum / 100n}.${String(sum % 100n).padStart(2, '0')}`;
    return refusal(
      'R25',
      'EVALUATION_TOTAL',
      'totalScore',
      `the total score must be the indicators' scores added up, ${shown}, got ${String(totalScore)}`,
      `总分须等于各项指标得分之和 ${shown}，实际为 ${String(totalScore)}`,
    );
  }
  return { ok: true };
}

/** What a monitoring check decided: pass releases the monitoring instalment, fail holds it. */
export interface MonitoringDecision {
  passed: boolean;
  decision: 'RELEASE' | 'HOLD';
  policyVersion: string;
  reason: string;
  reasonZh: string;
}

/**
 * rule R25, rule R19: a monitoring check passes at or above the policy's pass mark (the mark
 * the final evaluation is held to): the monitoring instalment is released; below it, it is held
 * until a later check passes. The score is 0–100 with at most 2 decimals (RangeError otherwise).
 */
export function monitoringDecision(policy: PurchasePolicy, score: number): MonitoringDecision {
  const hundredths = toHundredths(score);
  if (hundredths === null || hundredths < 0n || hundredths > 10000n) {
    throw new RangeError(
      `rule R25: score must be from 0 to 100 with at most 2 decimals, got ${String(score)}`,
    );
  }
  const { passMark } = policy.performance;
  const passed = hundredths >= BigInt(Math.round(passMark * 100));
  return passed
    ? {
        passed,
        decision: 'RELEASE',
        policyVersion: policy.version,
        reason: `monitoring scored ${score}, at or above the pass mark of ${passMark}: the monitoring instalment is released (policy ${policy.version})`,
        reasonZh: `履约监测得分 ${score}，达到合格分 ${passMark}，拨付履约监测款（政策版本 ${policy.version}）`,
      }
    : {
        passed,
        decision: 'HOLD',
        policyVersion: policy.version,
        reason: `monitoring scored ${score}, below the pass mark of ${passMark}: the monitoring instalment is held until a later check passes (policy ${policy.version})`,
        reasonZh: `履约监测得分 ${score}，低于合格分 ${passMark}，履约监测款暂停拨付，整改复核合格后再拨付（政策版本 ${policy.version}）`,
      };
}

/** An instalment of a contract year as the evaluation rules read it. */
export interface YearInstalment {
  trigger: InstalmentTrigger;
  release: InstalmentRelease;
  /** What will be paid of it: the scheduled amount, or less once the final was reduced. */
  amountFen: number;
  scheduledFen: number;
}

/**
 * rule R25: the monitoring instalment a monitoring check decides: the year's earliest one not
 * released yet (a held one first, so a passing re-check releases it), or null when the year has
 * none left (the check is then only recorded).
 */
export function monitoringTarget(instalments: readonly YearInstalment[]): number | null {
  const index = instalments.findIndex(
    (it) => it.trigger === 'MONITORING' && it.release !== 'RELEASED',
  );
  return index < 0 ? null : index;
}

/**
 * rule R25, rule R19: the final evaluation comes after the year's monitoring: refused (409)
 * while a monitoring instalment of the year was never checked, as a milestone waits for the
 * earlier one.
 */
export function finalEvaluationCheck(instalments: readonly YearInstalment[]): PerformanceCheck {
  const open = instalments.filter((it) => it.trigger === 'MONITORING' && it.release === 'PENDING');
  if (open.length === 0) return { ok: true };
  return refusal(
    'R25',
    'MONITORING_OPEN',
    'kind',
    `the year's final evaluation follows its monitoring: ${open.length} monitoring instalment(s) not checked yet`,
    `年度结项评价须在履约监测之后进行：尚有 ${open.length} 期履约监测款未经监测评价`,
  );
}

/**
 * rule R25, rule R27: once the year's final evaluation is in, whether the year will pay less than
 * it committed: an instalment is held, or the final instalment was reduced. Finance is then asked
 * to release the unpaid rest (what is due is still paid).
 */
export function yearPaysNoMore(
  finalRecorded: boolean,
  instalments: readonly YearInstalment[],
): boolean {
  return (
    finalRecorded &&
    instalments.some((it) => it.release !== 'RELEASED' || it.amountFen < it.scheduledFen)
  );
}
