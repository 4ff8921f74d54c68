import { assertInstant } from '@civic/domain/calendar';

/** What a disclosure notice publishes. rule R23 */
export const NoticeKind = {
  /** 公示: an approval, open to objection (publicityWindow). */
  PUBLICITY: 'PUBLICITY',
  /** A funded project's name, unit, amount and contact. */
  PROJECT_FUNDED: 'PROJECT_FUNDED',
  /** The year's scale, projects, execution and results. */
  ANNUAL_REPORT: 'ANNUAL_REPORT',
} as const;
export type NoticeKind = (typeof NoticeKind)[keyof typeof NoticeKind];

export const NOTICE_KINDS: readonly NoticeKind[] = Object.values(NoticeKind);

export const NOTICE_KIND_LABELS_ZH: Readonly<Record<NoticeKind, string>> = Object.freeze({
  PUBLICITY: '资助公示',
  PROJECT_FUNDED: '资助项目信息公开',
  ANNUAL_REPORT: '年度使用情况公告',
});

/**
 * A published notice. It is never edited: a correction is a new notice whose `corrects` names
 * the notice it replaces, so corrections form a chain from the original to the latest. rule R23
 */
export interface LotteryNotice {
  id: string;
  kind: NoticeKind;
  publishedAt: Date;
  corrects?: string;
}

// rule R23: a value from outside data is one of the notice kinds.
export function isNoticeKind(value: unknown): value is NoticeKind {
  return typeof value === 'string' && (NOTICE_KINDS as readonly string[]).includes(value);
}

/** The notices by id, and each notice's correction by the id it corrects. */
export interface NoticeIndex {
  byId: Map<string, LotteryNotice>;
  correctionOf: Map<string, LotteryNotice>;
}

// rule R23: index notices, refusing data that breaks the chains (a duplicate id, two corrections
// of one notice, a correction of a missing notice, a notice that corrects itself).
export function indexNotices(notices: readonly LotteryNotice[]): NoticeIndex {
  if (!Array.isArray(notices)) throw new RangeError('rule R23: notices must be an array');
  const byId = new Map<string, LotteryNotice>();
  const correctionOf = new Map<string, LotteryNotice>();
  notices.forEach((notice, index) => {
    assertNotice(notice, `notices[${index}]`);
    if (byId.has(notice.id)) throw new RangeError(`rule R23: notice id ${notice.id} appears twice`);
    byId.set(notice.id, notice);
  });
  for (const notice of notices) {
    if (notice.corrects === undefined) continue;
    if (!byId.has(notice.corrects)) {
      throw new RangeError(
        `rule R23: notice ${notice.id} corrects ${notice.corrects}, which does not exist`,
      );
    }
    const earlier = correctionOf.get(notice.corrects);
    if (earlier !== undefined) {
      throw new RangeError(
        `rule R23: notice ${notice.corrects} is corrected by both ${earlier.id} and ${notice.id}; a chain cannot fork`,
      );
    }
    correctionOf.set(notice.corrects, notice);
  }
  originsOf(byId);
  return { byId, correctionOf };
}

// rule R23: the notice in force for `id`: the last correction in its chain (itself if never
// corrected), or undefined for an unknown id. `id` may be any notice of the chain.
export function currentNotice(
  notices: readonly LotteryNotice[],
  id: string,
): LotteryNotice | undefined {
  const history = noticeHistory(notices, id);
  return history[history.length - 1];
}

// rule R23: the whole chain `id` belongs to, from the original notice to the one in force, so the
// public can see what was corrected and when; [] for an unknown id.
export function noticeHistory(notices: readonly LotteryNotice[], id: string): LotteryNotice[] {
  const { byId, correctionOf } = indexNotices(notices);
  let notice = byId.get(id);
  if (notice === undefined) return [];
  while (notice.corrects !== undefined) notice = byId.get(notice.corrects) as LotteryNotice;
  const chain = [notice];
  for (let next = correctionOf.get(notice.id); next; next = correctionOf.get(next.id)) {
    chain.push(next);
  }
  return chain;
}

/** Every chain must lead back to an original; a loop (A corrects B corrects A) never does. */
function originsOf(byId: Map<string, LotteryNotice>): void {
  for (const start of byId.values()) {
    const seen = new Set<string>();
    for (
      let n: LotteryNotice | undefined = start;
      n?.corrects !== undefined;
      n = byId.get(n.corrects)
    ) {
      if (seen.has(n.id)) {
        throw new RangeError(`rule R23: notice ${start.id} is in a correction loop`);
      }
      seen.add(n.id);
    }
  }
}

// rule R23: fail loudly, naming the field, on a notice without id, kind or publication time.
export function assertNotice(notice: LotteryNotice, field = 'notice'): void {
  if (typeof notice?.id !== 'string' || notice.id.trim() === '') {
    throw new RangeError(`rule R23: ${field}.id must be a non-empty string`);
  }
  if (!isNoticeKind(notice.kind)) {
    throw new RangeError(
      `rule R23: ${field}.kind must be a notice kind, got ${String(notice.kind)}`,
    );
  }
  assertInstant(notice.publishedAt, `${field}.publishedAt`, 'R23');
  if (
    notice.corrects !== undefined &&
    (typeof notice.corrects !== 'string' || notice.corrects === '')
  ) {
    throw new RangeError(`rule R23: ${field}.corrects must be a notice id when present`);
  }
  if (notice.corrects === notice.id) {
    throw new RangeError(`rule R23: notice ${notice.id} cannot correct itself`);
  }
}
