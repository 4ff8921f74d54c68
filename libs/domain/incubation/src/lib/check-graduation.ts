import {
  isManagementTier,
  MANAGEMENT_TIER_LABELS_ZH,
  ManagementTier,
} from '@civic/domain/organizations';
import { assertGraduationCriteria, GraduationCriterion } from './graduation-criteria';

/** What an incubated organization has done, to check against its cohort's criteria. rule R16 */
export interface GraduationRecord {
  monthsIncubated: number;
  trainingSessionsAttended: number;
  activitiesHeld: number;
  /** Its management tier now (rule R5), if known. */
  tier?: string;
  /** Labels of the MANUAL criteria staff confirmed. */
  confirmed?: readonly string[];
}

export interface GraduationCriterionResult {
  criterion: GraduationCriterion;
  met: boolean;
  message: string;
  messageZh: string;
}

export interface GraduationCheck {
  ok: boolean;
  results: GraduationCriterionResult[];
}

type Texts = { message: string; messageZh: string };

/** rule R16: graduation (出壳) needs every recorded criterion met; each is listed, met or not. */
export function checkGraduation(
  criteria: readonly GraduationCriterion[],
  record: GraduationRecord,
): GraduationCheck {
  assertGraduationCriteria(criteria);
  assertRecord(record);
  const results = criteria.map((criterion) => ({ criterion, ...check(criterion, record) }));
  return { ok: results.every((r) => r.met), results };
}

function check(criterion: GraduationCriterion, record: GraduationRecord): { met: boolean } & Texts {
  switch (criterion.kind) {
    case 'MIN_MONTHS':
      return atLeast(
        record.monthsIncubated,
        criterion.months,
        ['incubated', 'month', 'months'],
        ['已孵化', '个月'],
      );
    case 'MIN_TRAINING_SESSIONS':
      return atLeast(
        record.trainingSessionsAttended,
        criterion.sessions,
        ['attended', 'training session', 'training sessions'],
        ['参加培训', '次'],
      );
    case 'MIN_ACTIVITIES':
      return atLeast(
        record.activitiesHeld,
        criterion.activities,
        ['held', 'activity', 'activities'],
        ['开展活动', '次'],
      );
    case 'REGISTERED_OR_FILED':
      return registeredOrFiled(record.tier as ManagementTier | undefined);
    case 'MANUAL':
      return manual(criterion.label, record.confirmed ?? []);
  }
}

function atLeast(
  actual: number,
  required: number,
  [verb, one, many]: [string, string, string],
  [verbZh, unitZh]: [string, string],
): { met: boolean } & Texts {
  const met = actual >= required;
  const noun = actual === 1 ? one : many;
  return {
    met,
    message: met
      ? `${verb} ${actual} ${noun}, at least the ${required} required`
      : `${verb} ${actual} ${noun}, fewer than the ${required} required`,
    messageZh: met
      ? `${verbZh} ${actual} ${unitZh}，达到 ${required} ${unitZh}的要求`
      : `${verbZh} ${actual} ${unitZh}，未达到 ${required} ${unitZh}的要求`,
  };
}

function registeredOrFiled(tier: ManagementTier | undefined): { met: boolean } & Texts {
  if (tier === undefined) {
    return {
      met: false,
      message: 'not registered or street-filed yet (R5)',
      messageZh: '尚未登记或街道备案',
    };
  }
  const met = tier === 'REGISTERED' || tier === 'STREET_FILED';
  const label = MANAGEMENT_TIER_LABELS_ZH[tier];
  return {
    met,
    message: met
      ? `tier ${tier} is registered or street-filed (R5)`
      : `tier ${tier} is neither registered nor street-filed (R5)`,
    messageZh: met
      ? `管理类别为“${label}”，已登记或备案`
      : `管理类别为“${label}”，尚未登记或街道备案`,
  };
}

function manual(label: string, confirmed: readonly string[]): { met: boolean } & Texts {
  const met = confirmed.includes(label);
  return {
    met,
    message: met ? `staff confirmed: ${label}` : `waiting for staff to confirm: ${label}`,
    messageZh: met ? `工作人员已确认：${label}` : `待工作人员确认：${label}`,
  };
}

function assertRecord(record: GraduationRecord): void {
  for (const field of ['monthsIncubated', 'trainingSessionsAttended', 'activitiesHeld'] as const) {
    const value = record?.[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(
        `rule R16: record.${field} must be a non-negative whole number, got ${String(value)}`,
      );
    }
  }
  if (record.tier !== undefined && !isManagementTier(record.tier)) {
    throw new RangeError(
      `rule R5: record.tier must be REGISTERED, STREET_FILED or COMMUNITY_GUIDED, got ${String(record.tier)}`,
    );
  }
  const { confirmed } = record;
  if (
    confirmed !== undefined &&
    (!Array.isArray(confirmed) || confirmed.some((label) => typeof label !== 'string'))
  ) {
    throw new RangeError('rule R16: record.confirmed must be an array of criterion labels');
  }
}
