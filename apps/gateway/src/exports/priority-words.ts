import type { PriorityView } from '@civic/contracts';
import type { Words } from './export-column';

/** A priority bonus's reasons in words (R13, R6, R8, R9): `+10 服务老年人；+5 农村组织`. */
export function priorityReasons(priority: PriorityView | undefined): Words | undefined {
  if (!priority || priority.reasons.length === 0) return undefined;
  return {
    zh: priority.reasons.map((r) => `+${r.points} ${r.messageZh}`).join('；'),
    en: priority.reasons.map((r) => `+${r.points} ${r.message}`).join('; '),
  };
}

/** A status's reason, when a refusal or failure gave one, in both languages. */
export function reasonWords(
  reason: { message: string; messageZh: string } | undefined | null,
): Words | undefined {
  return reason ? { zh: reason.messageZh, en: reason.message } : undefined;
}
