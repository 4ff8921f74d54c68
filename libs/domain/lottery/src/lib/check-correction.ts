import { assertNotice, indexNotices, LotteryNotice, NOTICE_KIND_LABELS_ZH } from './notice';

export type CorrectionRefusalReason =
  | 'NOT_A_CORRECTION'
  | 'DUPLICATE_ID'
  | 'TARGET_NOT_FOUND'
  | 'ALREADY_CORRECTED'
  | 'KIND_MISMATCH'
  | 'PUBLISHED_BEFORE_TARGET';

export type CorrectionCheck =
  | { ok: true; corrects: string; originalId: string }
  | {
      ok: false;
      reason: CorrectionRefusalReason;
      /** For ALREADY_CORRECTED: the notice in force, the one to correct instead. */
      latestId?: string;
      message: string;
      messageZh: string;
    };

/**
 * rule R23: published notices are never edited; a correction is a new notice. It must have an id
 * of its own, name an existing notice of the same kind that has not been corrected yet (so
 * corrections form one chain: correct the latest, see currentNotice), and not be dated before
 * the notice it corrects. `originalId` is the first notice of the chain.
 */
export function checkCorrection(
  existingNotices: readonly LotteryNotice[],
  correction: LotteryNotice,
): CorrectionCheck {
  const { byId, correctionOf } = indexNotices(existingNotices);
  assertNotice(correction, 'correction');
  const { id, corrects } = correction;
  if (corrects === undefined) {
    return refuse('NOT_A_CORRECTION', [
      `rule R23: notice ${id} does not say which notice it corrects`,
      `规则 R23：公告 ${id} 未注明更正的是哪一则公告`,
    ]);
  }
  if (byId.has(id)) {
    return refuse('DUPLICATE_ID', [
      `rule R23: notice ${id} is already published; a correction is a new notice with its own id`,
      `规则 R23：公告 ${id} 已发布，不得修改；更正须另发新公告`,
    ]);
  }
  const target = byId.get(corrects);
  if (target === undefined) {
    return refuse('TARGET_NOT_FOUND', [
      `rule R23: notice ${corrects}, which ${id} would correct, does not exist`,
      `规则 R23：被更正的公告 ${corrects} 不存在`,
    ]);
  }
  const laterCorrection = correctionOf.get(corrects);
  if (laterCorrection !== undefined) {
    let latest = laterCorrection;
    for (let next = correctionOf.get(latest.id); next; next = correctionOf.get(next.id))
      latest = next;
    return {
      ...refuse('ALREADY_CORRECTED', [
        `rule R23: notice ${corrects} was already corrected by ${laterCorrection.id}; correct the notice in force, ${latest.id}`,
        `规则 R23：公告 ${corrects} 已被 ${laterCorrection.id} 更正，请更正现行公告 ${latest.id}`,
      ]),
      latestId: latest.id,
    };
  }
  if (target.kind !== correction.kind) {
    return refuse('KIND_MISMATCH', [
      `rule R23: a correction of a ${target.kind} notice must be a ${target.kind} notice, not ${correction.kind}`,
      `规则 R23：更正${NOTICE_KIND_LABELS_ZH[target.kind]}须发布同类公告，而非${NOTICE_KIND_LABELS_ZH[correction.kind]}`,
    ]);
  }
  if (correction.publishedAt.getTime() < target.publishedAt.getTime()) {
    return refuse('PUBLISHED_BEFORE_TARGET', [
      `rule R23: correction ${id} is dated before notice ${corrects}, which it corrects`,
      `规则 R23：更正公告 ${id} 的发布时间早于被更正的公告 ${corrects}`,
    ]);
  }
  let original = target;
  while (original.corrects !== undefined) original = byId.get(original.corrects) as LotteryNotice;
  return { ok: true, corrects, originalId: original.id };
}

function refuse(reason: CorrectionRefusalReason, [message, messageZh]: [string, string]) {
  return { ok: false as const, reason, message, messageZh };
}
