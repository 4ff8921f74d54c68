import { assertInstant } from '@civic/domain/calendar';
import { PurchaseRefusal, refusal } from './purchase-policy';
import { servesRegion, type DirectoryStatus, type UndertakerKind } from './undertaker';

/**
 * rule R25: a bid is submitted (or withdrawn) only strictly before the announced deadline, to the
 * millisecond; `now` is the database clock's, read by the caller. A refusal names `deadline`.
 */
export function bidDeadlineCheck(deadline: Date, now: Date): { ok: true } | PurchaseRefusal {
  assertInstant(deadline, 'deadline', 'R25');
  assertInstant(now, 'now', 'R25');
  if (now.getTime() < deadline.getTime()) return { ok: true };
  const at = deadline.toISOString();
  return refusal(
    'R25',
    'BID_DEADLINE_PASSED',
    'deadline',
    `bids closed at ${at}; nothing can be submitted or withdrawn after the deadline`,
    `投标截止时间 ${at} 已过，不能再提交或撤回`,
  );
}

/** The kind of undertaker a reserved project is open to (R12: community social organizations). */
export const RESERVED_KIND: UndertakerKind = 'SOCIAL_ORGANIZATION';

/** What eligibility reads of a directory entry (承接社区服务的社会组织指导目录, R24). */
export interface BidderEntry {
  /** The directory status: only a LISTED entry may bid. */
  status: DirectoryStatus;
  /** Undertaker kind, e.g. SOCIAL_ORGANIZATION, COMPANY (Order 102 art. 6–8). */
  kind: UndertakerKind;
  /** 6-digit division codes of the province, city or county areas the entry serves. */
  serviceAreas: readonly string[];
}

/** What eligibility reads of a project. */
export interface BidProject {
  /** 6-digit division code of the region the service is delivered in. */
  regionCode: string;
  /** R12: reserved in its announcement for community social organizations. */
  reserved: boolean;
}

/**
 * rule R24, rule R12: who may bid on a project: a LISTED directory entry (R24) serving the
 * project's region (servesRegion); a project reserved in its announcement only for a SOCIAL_ORGANIZATION (R12).
 * A refusal names the field `undertaker`.
 */
export function bidEligibility(
  project: BidProject,
  entry: BidderEntry,
): { ok: true } | PurchaseRefusal {
  if (entry.status !== 'LISTED') {
    return refusal(
      'R24',
      'NOT_IN_DIRECTORY',
      'undertaker',
      `only a listed entry of the undertaker directory may bid; this entry is ${entry.status}`,
      `只有已列入承接主体目录的主体可以投标，该主体当前状态为 ${entry.status}`,
    );
  }
  if (!servesRegion(entry.serviceAreas, project.regionCode)) {
    return refusal(
      'R24',
      'AREA_NOT_SERVED',
      'undertaker',
      `the entry does not serve region ${project.regionCode} (it serves ${entry.serviceAreas.join(', ') || 'none'})`,
      `该主体的服务区域（${entry.serviceAreas.join('、') || '无'}）不含项目所在地区 ${project.regionCode}`,
    );
  }
  if (project.reserved && entry.kind !== RESERVED_KIND) {
    return refusal(
      'R12',
      'RESERVED_FOR_SOCIAL_ORGANIZATIONS',
      'undertaker',
      `this project is reserved in its announcement for community social organizations; a ${entry.kind} may not bid`,
      `本项目在公告中预留给社区社会组织，${entry.kind} 类主体不能投标`,
    );
  }
  return { ok: true };
}
