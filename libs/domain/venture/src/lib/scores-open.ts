import type { VentureRefusal } from './violation';

/** Whether a reviewer may (re)score a proposal of a call now. rule R19 */
export type ScoresOpenCheck = { ok: true } | (VentureRefusal & { reason: 'AWARDS_BEGUN' });

/**
 * rule R19: a call's scores may change until its first award is made; from then on they are final
 * and its ranking is decided (what the applicants are told of it holds). The service refuses a
 * score sheet with this, and the UI offers 评分 / 修改评分 only while it is ok.
 */
export function scoresOpen(call: { awardsBegun: boolean }): ScoresOpenCheck {
  if (!call.awardsBegun) return { ok: true };
  return {
    ok: false,
    reason: 'AWARDS_BEGUN',
    message: 'rule R19: scores are final once awards begin',
    messageZh: '规则 R19：资助决定开始后评分不能再修改',
  };
}
