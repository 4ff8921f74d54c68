import type {
  BidPage,
  BidView,
  PanelTaskPage,
  PanelTaskView,
  PanelView,
  PurchaseObjectionPage,
  PurchaseObjectionView,
  PurchaseProjectView,
  PurchaseResultPage,
  ReviewerPage,
  ReviewerView,
  RpcEnvelope,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { BidsService } from '../projects/bids.service';
import { AwardService } from './award.service';
import { ExpertsService } from './experts.service';
import { ObjectionsService } from './objections.service';
import { PanelService } from './panel.service';
import { ScoringService } from './scoring.service';

type WithId<T = unknown> = RpcEnvelope<{ id: string; body?: T; query?: T }>;

/** RPC entry points from bids to the award (R18, R25); thin: the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class EvaluationRpcController {
  constructor(
    private readonly bids: BidsService,
    private readonly experts: ExpertsService,
    private readonly panel: PanelService,
    private readonly scoring: ScoringService,
    private readonly awards: AwardService,
    private readonly objections: ObjectionsService,
  ) {}

  @RpcHandler('procurement.bids.submit')
  submit({ data, actor }: WithId): Promise<BidView> {
    return this.bids.submit(data?.id, data?.body, actor);
  }

  @RpcHandler('procurement.bids.withdraw')
  withdraw({ data, actor }: WithId): Promise<BidView> {
    return this.bids.withdraw(data?.id, actor);
  }

  @RpcHandler('procurement.bids.list')
  listBids({ data, actor }: WithId): Promise<BidPage> {
    return this.bids.list(data?.id, data?.query, actor);
  }

  @RpcHandler('procurement.bids.mine')
  myBids({ data, actor }: RpcEnvelope<unknown>): Promise<BidPage> {
    return this.bids.mine(data, actor);
  }

  @RpcHandler('procurement.experts.add')
  addExpert({ data, actor }: RpcEnvelope<unknown>): Promise<ReviewerView> {
    return this.experts.add(data, actor);
  }

  @RpcHandler('procurement.experts.list')
  listExperts({ data, actor }: RpcEnvelope<unknown>): Promise<ReviewerPage> {
    return this.experts.list(data, actor);
  }

  @RpcHandler('procurement.projects.close')
  close({ data, actor }: WithId): Promise<PurchaseProjectView> {
    return this.panel.close(data?.id, actor);
  }

  @RpcHandler('procurement.panel.draw')
  draw({ data, actor }: WithId): Promise<PanelView> {
    return this.panel.draw(data?.id, actor);
  }

  @RpcHandler('procurement.panel.get')
  getPanel({ data, actor }: WithId): Promise<PanelView> {
    return this.panel.view(data?.id, actor);
  }

  @RpcHandler('procurement.panel.tasks')
  tasks({ data, actor }: RpcEnvelope<unknown>): Promise<PanelTaskPage> {
    return this.scoring.tasks(data, actor);
  }

  @RpcHandler('procurement.panel.score')
  score({ data, actor }: WithId): Promise<PanelTaskView> {
    return this.scoring.score(data?.id, data?.body, actor);
  }

  @RpcHandler('procurement.projects.award')
  award({ data, actor }: WithId): Promise<PurchaseProjectView> {
    return this.awards.award(data?.id, actor);
  }

  @RpcHandler('procurement.results.public')
  results({ data }: RpcEnvelope<unknown>): Promise<PurchaseResultPage> {
    return this.awards.results(data);
  }

  @RpcHandler('procurement.objections.raise')
  raise({ data, actor }: WithId): Promise<PurchaseObjectionView> {
    return this.objections.raise(data?.id, data?.body, actor);
  }

  @RpcHandler('procurement.objections.answer')
  answer({ data, actor }: WithId): Promise<PurchaseObjectionView> {
    return this.objections.answer(data?.id, data?.body, actor);
  }

  @RpcHandler('procurement.objections.list')
  listObjections({ data, actor }: WithId): Promise<PurchaseObjectionPage> {
    return this.objections.list(data?.id, data?.query, actor);
  }
}
