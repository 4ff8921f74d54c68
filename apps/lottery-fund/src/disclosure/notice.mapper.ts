import type { NoticeView } from '@civic/contracts';
import type { DisclosureNotice } from './entities/disclosure-notice.entity';

export function noticeView(
  n: DisclosureNotice,
  inForce: boolean,
  objectionCount: number,
): NoticeView {
  return {
    id: n.id,
    kind: n.kind,
    fiscalYear: n.fiscalYear,
    title: n.title,
    content: n.content,
    publishedAt: new Date(n.publishedAt).toISOString(),
    ...(n.corrects ? { corrects: n.corrects } : {}),
    ...(n.correctionReason ? { correctionReason: n.correctionReason } : {}),
    inForce,
    ...(n.objectionsUntil ? { objectionsUntil: new Date(n.objectionsUntil).toISOString() } : {}),
    objectionCount,
  };
}
