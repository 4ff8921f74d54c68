import { pageWindow, type PurchaseResultPage, type PurchaseResultsQuery } from '@civic/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The SQL of published results: every project with a result, its ranking and objections. */
@Injectable()
export class ResultsRepository {
  async page(manager: EntityManager, query: PurchaseResultsQuery): Promise<PurchaseResultPage> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM procurement.purchase_project
        WHERE result_published_at IS NOT NULL`,
    );
    const rows = await manager.query(
      `SELECT p.id, p.title, p.region_code, p.fiscal_year, p.method, p.status, p.awarded_bid_id,
              p.result_published_at, p.objection_deadline,
              (SELECT count(*)::int FROM procurement.objection o WHERE o.project_id = p.id)
                AS objections,
              (SELECT count(*)::int FROM procurement.objection o
                WHERE o.project_id = p.id AND o.status = 'OPEN') AS open_objections,
              (SELECT json_agg(json_build_object('rank', b.rank, 'name', b.undertaker_name,
                        'price', b.price_fen, 'total', b.total_score, 'id', b.id)
                        ORDER BY b.rank)
                 FROM procurement.bid b WHERE b.project_id = p.id AND b.rank IS NOT NULL)
                AS ranking
         FROM procurement.purchase_project p
        WHERE p.result_published_at IS NOT NULL
        ORDER BY p.result_published_at DESC, p.id LIMIT ${take} OFFSET ${skip}`,
    );
    return {
      items: rows.map(
        (r: {
          id: string;
          title: string;
          region_code: string;
          fiscal_year: number;
          method: string;
          status: string;
          awarded_bid_id: string | null;
          result_published_at: Date;
          objection_deadline: Date;
          objections: number;
          open_objections: number;
          ranking: { rank: number; name: string; price: string; total: string; id: string }[];
        }) => ({
          projectId: r.id,
          title: r.title,
          regionCode: r.region_code,
          fiscalYear: r.fiscal_year,
          method: r.method,
          status: r.status,
          ranking: (r.ranking ?? []).map((b) => ({
            rank: b.rank,
            undertakerName: b.name,
            priceFen: Number(b.price),
            totalScore: Number(b.total),
            awarded: b.id === r.awarded_bid_id,
          })),
          resultPublishedAt: new Date(r.result_published_at).toISOString(),
          objectionDeadline: new Date(r.objection_deadline).toISOString(),
          objections: r.objections,
          openObjections: r.open_objections,
        }),
      ),
      total,
      page,
      pageSize,
    };
  }
}
