import {
  MILESTONE_STATE_LABELS_EN,
  MILESTONE_STATE_LABELS_ZH,
  type MilestoneState,
} from './tranche-state';

/** Whether the organization may report a milestone now, and why not. rule R19 */
export type MilestoneReportCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'NOT_REPORTED' | 'ALREADY_EVALUATED' | 'EARLIER_MILESTONE_OPEN';
      message: string;
      messageZh: string;
    };

/**
 * rule R19: a milestone after signing is reported by the organization, then evaluated. It may be
 * reported (or its report replaced) while it awaits evaluation, and only once every earlier
 * milestone is decided, approved or failed: a final report before the mid-term evaluation would
 * leave the mid-term tranche's fate open while the last one is judged. The first milestone is
 * the signing of the agreement, which no one reports. `milestones` are in tranche order.
 */
export function milestoneReportCheck(
  milestones: readonly MilestoneState[],
  position: number,
): MilestoneReportCheck {
  if (!Number.isInteger(position) || position < 0 || position >= milestones.length) {
    throw new RangeError(`rule R19: position must be 0..${milestones.length - 1}, got ${position}`);
  }
  if (position === 0) {
    return {
      ok: false,
      reason: 'NOT_REPORTED',
      message: 'rule R19: the first milestone is the signing of the agreement; it is not reported',
      messageZh: '规则 R19：第一阶段为签订协议，无需提交阶段报告',
    };
  }
  const state = milestones[position];
  if (state === 'APPROVED' || state === 'FAILED') {
    return {
      ok: false,
      reason: 'ALREADY_EVALUATED',
      message: `rule R19: the milestone is evaluated already (${MILESTONE_STATE_LABELS_EN[state]})`,
      messageZh: `规则 R19：该阶段已评估（${MILESTONE_STATE_LABELS_ZH[state]}），不能再提交报告`,
    };
  }
  const open = milestones.findIndex((m, i) => i < position && m !== 'APPROVED' && m !== 'FAILED');
  if (open >= 0) {
    return {
      ok: false,
      reason: 'EARLIER_MILESTONE_OPEN',
      message: `rule R19: milestone ${open + 1} is not evaluated yet (${MILESTONE_STATE_LABELS_EN[milestones[open]]}); report milestone ${position + 1} after it`,
      messageZh: `规则 R19：第 ${open + 1} 阶段尚未评估（${MILESTONE_STATE_LABELS_ZH[milestones[open]]}），请在其评估后再提交第 ${position + 1} 阶段报告`,
    };
  }
  return { ok: true };
}
