import {
  type PanelTaskPage,
  type PanelTaskView,
  type PanelView,
  pageWindow,
} from '@civic/contracts';
import type { FormSchema } from '@civic/domain/forms';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The SQL of panels: a project's members with their progress and recusals; a member's tasks. */
@Injectable()
export class PanelRepository {
  async panel(manager: EntityManager, projectId: string): Promise<PanelView | null> {
    const [project] = await manager.query(
      `SELECT panel_seed,
              (SELECT count(*)::int FROM procurement.bid
                WHERE project_id = $1 AND status <> 'WITHDRAWN') AS bids
         FROM procurement.purchase_project WHERE id = $1 AND panel_seed IS NOT NULL`,
      [projectId],
    );
    if (!project) return null;
    const members = await manager.query(
      `SELECT m.expert_id, m.name,
              (SELECT count(*)::int FROM procurement.score_sheet s
                WHERE s.project_id = m.project_id AND s.expert_id = m.expert_id) AS sheets
         FROM procurement.panel_member m WHERE m.project_id = $1 ORDER BY m.name, m.expert_id`,
      [projectId],
    );
    const recusals = await manager.query(
      `SELECT r.expert_id, e.name AS expert_name, r.bid_id, b.undertaker_name, r.clauses
         FROM procurement.panel_recusal r
         JOIN procurement.expert e ON e.id = r.expert_id
         JOIN procurement.bid b ON b.id = r.bid_id
        WHERE r.project_id = $1 ORDER BY e.name, b.undertaker_name`,
      [projectId],
    );
    return {
      projectId,
      seed: Number(project.panel_seed),
      bids: project.bids,
      members: members.map((m: { expert_id: string; name: string; sheets: number }) => ({
        expertId: m.expert_id,
        name: m.name,
        sheets: m.sheets,
      })),
      recusals: recusals.map(
        (r: {
          expert_id: string;
          expert_name: string;
          bid_id: string;
          undertaker_name: string;
          clauses: PanelView['recusals'][number]['clauses'];
        }) => ({
          expertId: r.expert_id,
          expertName: r.expert_name,
          bidId: r.bid_id,
          undertakerName: r.undertaker_name,
          clauses: r.clauses.map((c) => ({
            clause: c.clause,
            message: c.message,
            messageZh: c.messageZh,
          })),
        }),
      ),
    };
  }

  /** The bids a user scores as a panel member, of projects under evaluation, with their sheets. */
  async tasks(
    manager: EntityManager,
    userId: string,
    query: { page?: number; pageSize?: number },
  ): Promise<PanelTaskPage> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const from = `
      FROM procurement.panel_member m
      JOIN procurement.purchase_project p ON p.id = m.project_id AND p.status = 'EVALUATING'
      JOIN procurement.bid b ON b.project_id = p.id AND b.status = 'SUBMITTED'
      LEFT JOIN procurement.score_sheet s ON s.bid_id = b.id AND s.expert_id = m.expert_id
     WHERE m.user_id = $1`;
    const [{ total }] = await manager.query(`SELECT count(*)::int AS total ${from}`, [userId]);
    const rows = await manager.query(
      `SELECT p.id AS project_id, p.title, p.criteria, p.form, p.form_version, b.id AS bid_id,
              b.undertaker_name, b.price_fen, b.proposal, b.answers, s.scores
         ${from}
        ORDER BY p.title, b.undertaker_name, b.id LIMIT ${take} OFFSET ${skip}`,
      [userId],
    );
    return {
      items: rows.map(
        (r: {
          project_id: string;
          title: string;
          bid_id: string;
          undertaker_name: string;
          price_fen: string;
          proposal: string;
          criteria: PanelTaskView['criteria'];
          scores: Record<string, number> | null;
          answers: Record<string, unknown>;
          form: FormSchema | null;
          form_version: number;
        }) => ({
          projectId: r.project_id,
          projectTitle: r.title,
          bidId: r.bid_id,
          undertakerName: r.undertaker_name,
          priceFen: Number(r.price_fen),
          proposal: r.proposal,
          // What the member scores: the PANEL criteria announced (a PRICE one is computed).
          criteria: r.criteria.filter((c) => (c.kind ?? 'PANEL') === 'PANEL'),
          scores: r.scores,
          // issue #17: the answers to the project's added questions, read by its form.
          answers: r.answers,
          ...(r.form ? { form: { version: r.form_version, schema: r.form } } : {}),
        }),
      ),
      total,
      page,
      pageSize,
    };
  }
}
