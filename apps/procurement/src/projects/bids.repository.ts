import { type BidPage, type BidView, pageWindow } from '@civic/contracts';
import type { BidStatus, ProjectStatus } from '@civic/domain/procurement';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Which bids: one, a project's, or an organization's (through its directory entries). */
export type BidScope = { bidId: string } | { projectId: string } | { organizationId: string };

interface BidRow {
  id: string;
  project_id: string;
  project_title: string;
  project_status: ProjectStatus;
  entry_id: string;
  undertaker_name: string;
  undertaker_kind: string;
  price_fen: string;
  proposal: string;
  status: BidStatus;
  submitted_at: Date;
  total_score: string | null;
  rank: number | null;
  answers: Record<string, unknown>;
  form_version: number;
}

/** The SQL of bids: pages of them with their project, ranked ones first within a project. */
@Injectable()
export class BidsRepository {
  async page(
    manager: EntityManager,
    scope: BidScope,
    query: { page?: number; pageSize?: number },
  ): Promise<BidPage> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const [where, value] =
      'bidId' in scope
        ? ['b.id = $1', scope.bidId]
        : 'projectId' in scope
          ? ['b.project_id = $1', scope.projectId]
          : [
              `b.entry_id IN (SELECT id FROM procurement.directory_entry WHERE organization_id = $1)`,
              scope.organizationId,
            ];
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM procurement.bid b WHERE ${where}`,
      [value],
    );
    const rows: BidRow[] = await manager.query(
      `SELECT b.*, p.title AS project_title, p.status AS project_status
         FROM procurement.bid b JOIN procurement.purchase_project p ON p.id = b.project_id
        WHERE ${where}
        ORDER BY b.rank NULLS LAST, b.submitted_at DESC, b.id
        LIMIT ${take} OFFSET ${skip}`,
      [value],
    );
    return { items: rows.map(bidView), total, page, pageSize };
  }
}

function bidView(row: BidRow): BidView {
  return {
    id: row.id,
    projectId: row.project_id,
    projectTitle: row.project_title,
    projectStatus: row.project_status,
    entryId: row.entry_id,
    undertakerName: row.undertaker_name,
    undertakerKind: row.undertaker_kind,
    priceFen: Number(row.price_fen),
    proposal: row.proposal,
    status: row.status,
    submittedAt: new Date(row.submitted_at).toISOString(),
    totalScore: row.total_score === null ? null : Number(row.total_score),
    rank: row.rank,
    // issue #17: for the bidder, the buyer and the panel only; no public view carries them.
    answers: row.answers,
    formVersion: row.form_version,
  };
}
