import type { NoticeContentDto, NoticeView } from '@civic/contracts';
import type { AnnualReport } from '@civic/domain/lottery';
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
    ...(n.kind === 'ANNUAL_REPORT'
      ? { report: n.content as AnnualReport }
      : { content: n.content as NoticeContentDto }),
    publishedAt: new Date(n.publishedAt).toISOString(),
    ...(n.corrects ? { corrects: n.corrects } : {}),
    ...(n.correctionReason ? { correctionReason: n.correctionReason } : {}),
    inForce,
    ...(n.objectionsUntil ? { objectionsUntil: new Date(n.objectionsUntil).toISOString() } : {}),
    objectionCount,
  };
}
