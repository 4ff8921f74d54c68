import { AuditRpcModule, auditRpcHandlers, AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { describeServiceLayout } from '@civic/testing';
import type { RpcPattern } from '@civic/contracts';
import { type Type } from '@nestjs/common';
import { AwardsModule } from './awards/awards.module';
import { AwardsRpcController } from './awards/awards.rpc-controller';
import { CallsModule } from './calls/calls.module';
import { CallsRpcController } from './calls/calls.rpc-controller';
import { DashboardModule } from './dashboard/dashboard.module';
import { DashboardRpcController } from './dashboard/dashboard.rpc-controller';
import { ProposalsModule } from './proposals/proposals.module';
import { ProposalsRpcController } from './proposals/proposals.rpc-controller';
import { ReviewsModule } from './reviews/reviews.module';
import { ReviewsRpcController } from './reviews/reviews.rpc-controller';
import { VentureEnv } from './venture.env';
import { VentureHealthRpcController } from './venture-health.rpc-controller';
import { VentureWorkQueueModule } from './work-queue/work-queue.module';
import { VentureWorkQueueRpcController } from './work-queue/work-queue.rpc-controller';

const FEATURES = [
  CallsModule,
  ProposalsModule.forRoot(new VentureEnv()),
  ReviewsModule,
  AwardsModule,
  VentureWorkQueueModule,
  DashboardModule,
  AuditRpcModule.forService('venture'),
];

/** Where each venture pattern is answered: every one of the contract's, none twice (compile-checked). */
const HANDLED_BY = {
  'venture.calls.create': CallsRpcController,
  'venture.calls.list': CallsRpcController,
  'venture.calls.get': CallsRpcController,
  'venture.calls.set-form': CallsRpcController,
  'venture.calls.draw': ReviewsRpcController,
  'venture.calls.draw-view': ReviewsRpcController,
  'venture.calls.ranking': AwardsRpcController,
  'venture.calls.conclude': AwardsRpcController,
  'venture.calls.score-sheets': ReviewsRpcController,
  'venture.proposals.create': ProposalsRpcController,
  'venture.proposals.update': ProposalsRpcController,
  'venture.proposals.submit': ProposalsRpcController,
  'venture.proposals.discard': ProposalsRpcController,
  'venture.proposals.list': ProposalsRpcController,
  'venture.proposals.get': ProposalsRpcController,
  'venture.proposals.unmask-contact': ProposalsRpcController,
  'venture.proposals.outcome': AwardsRpcController,
  'venture.proposals.award': AwardsRpcController,
  'venture.reviewers.create': ReviewsRpcController,
  'venture.reviewers.list': ReviewsRpcController,
  'venture.reviewers.update': ReviewsRpcController,
  'venture.reviews.tasks': ReviewsRpcController,
  'venture.reviews.score': ReviewsRpcController,
  'venture.awards.list': AwardsRpcController,
  'venture.awards.sign': AwardsRpcController,
  'venture.awards.report': AwardsRpcController,
  'venture.awards.review': AwardsRpcController,
  'venture.awards.clawback': AwardsRpcController,
  'venture.health': VentureHealthRpcController,
  'venture.work-queue': VentureWorkQueueRpcController,
  'venture.dashboard.timeliness': DashboardRpcController,
  ...auditRpcHandlers('venture'),
} satisfies Record<Extract<RpcPattern, `venture.${string}`>, Type>;

describeServiceLayout({
  service: 'venture',
  features: FEATURES,
  health: VentureHealthRpcController,
  handledBy: HANDLED_BY,
  platform: [AuditTrail, OutboxWriter, { provide: PersonalDataCipher, useValue: {} }],
});
