import type { VentureRankingView } from '@civic/contracts';
import { ServiceError } from '@civic/platform/rpc';
import type { Tranche } from './tranche.entity';

/** 409: the milestone is not in the state the action needs. */
export function milestoneState(tranche: Tranche): ServiceError {
  return new ServiceError(
    409,
    'MILESTONE_STATE',
    `the ${tranche.key} milestone is ${tranche.milestone}`,
    undefined,
    `该阶段（${tranche.key}）当前状态为 ${tranche.milestone}，不能进行此操作`,
  );
}

/** 409: why the ranking does not let this proposal be awarded now (R19). */
export function notAwardable(
  ranking: VentureRankingView,
  row: VentureRankingView['rows'][number] | undefined,
): ServiceError {
  if (ranking.incomplete > 0) {
    return new ServiceError(
      409,
      'RULE_R19_REVIEWS_INCOMPLETE',
      `rule R19: ${ranking.incomplete} proposal(s) still miss reviews; awards follow the whole ranking`,
      undefined,
      `规则 R19：还有 ${ranking.incomplete} 份项目书未完成评审，须全部评审后按排名资助`,
    );
  }
  if (row?.status === 'AWARDED') {
    return new ServiceError(
      409,
      'ALREADY_AWARDED',
      'the proposal is awarded already',
      undefined,
      '该项目已获资助',
    );
  }
  return new ServiceError(
    409,
    'RULE_R19_NOT_FUNDED_IN_RANK_ORDER',
    `rule R19: ${row?.message ?? 'the proposal is not in the ranking'}`,
    undefined,
    `规则 R19：${row?.messageZh ?? '该项目书不在排名中'}`,
  );
}

/** rule R19: no award after the round is concluded (its proposals left were told already). */
export function roundConcluded(): ServiceError {
  return new ServiceError(
    409,
    'RULE_R19_ROUND_CONCLUDED',
    'rule R19: the round is concluded; no award is made after',
    undefined,
    '规则 R19：本轮评选已经结束，不能再作出资助决定',
  );
}
