import {
  IdRef,
  type PanelTaskPage,
  PanelTasksQuery,
  type PanelTaskView,
  type RpcActor,
  ScoreBidDto,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { bidScoresProblem } from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Bid } from '../projects/bid.entity';
import { PurchaseProject } from '../projects/purchase-project.entity';
import { refused } from '../rule-errors';
import { PanelMember } from './panel-member.entity';
import { PanelRepository } from './panel.repository';
import { ScoreSheet } from './score-sheet.entity';

/**
 * Panel members score bids (R25, R18): each member once per bid, on exactly the PANEL criteria
 * announced (an unannounced one, an R12 tilt included, is refused), within each full score.
 */
@Injectable()
export class ScoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: PanelRepository,
  ) {}

  tasks(input: unknown, actor: RpcActor): Promise<PanelTaskPage> {
    authorize(actor, Permission.PROCUREMENT_EVALUATE);
    const query = validatePlain(PanelTasksQuery, input ?? {}, 'query');
    return this.repository.tasks(this.dataSource.manager, actor.userId, query);
  }

  async score(bidId: string, input: unknown, actor: RpcActor): Promise<PanelTaskView> {
    authorize(actor, Permission.PROCUREMENT_EVALUATE);
    validatePlain(IdRef, { id: bidId }, 'bid');
    const dto = validatePlain(ScoreBidDto, input, 'score');
    await this.dataSource.transaction(async (manager) => {
      const bid = await manager.findOneBy(Bid, { id: bidId });
      const member = bid
        ? await manager.findOneBy(PanelMember, { projectId: bid.projectId, userId: actor.userId })
        : null;
      // Only the panel sees the bids it scores: to anyone else the bid does not exist.
      if (!bid || !member) throw ServiceError.notVisible('bid', bidId);
      const project = await manager.findOneOrFail(PurchaseProject, {
        where: { id: bid.projectId },
        lock: { mode: 'pessimistic_read' },
      });
      if (project.status !== 'EVALUATING' || bid.status !== 'SUBMITTED') {
        throw new ServiceError(
          409,
          'RULE_R25_NOT_UNDER_EVALUATION',
          `rule R25: the project is ${project.status}; its bids are not being scored`,
          undefined,
          `规则 R25：项目当前状态为 ${project.status}，不在评审阶段`,
        );
      }
      const scores = { ...dto.scores };
      const problem = bidScoresProblem(project.criteria, [
        {
          bidId,
          priceFen: bid.priceFen,
          submittedAt: bid.submittedAt,
          sheets: [{ memberId: member.expertId, scores }],
        },
      ]);
      if (problem) {
        const at = problem.field.indexOf('scores');
        throw refused({ ...problem, field: at < 0 ? 'scores' : problem.field.slice(at) });
      }
      if (await manager.existsBy(ScoreSheet, { bidId, expertId: member.expertId })) {
        throw new ServiceError(
          409,
          'SCORES_SENT',
          'this member has scored this bid already',
          undefined,
          '该评审专家已对该投标评分',
        );
      }
      await manager.insert(ScoreSheet, {
        bidId,
        expertId: member.expertId,
        projectId: project.id,
        scores,
      });
      await this.audit.record(manager, {
        actor,
        action: 'bid.scored',
        entityType: 'bid',
        entityId: bidId,
        after: { expertId: member.expertId, scores },
      });
    });
    const page = await this.repository.tasks(this.dataSource.manager, actor.userId, {
      pageSize: 200,
    });
    return page.items.find((t) => t.bidId === bidId)!;
  }
}
