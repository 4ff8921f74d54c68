import { AuditRpcModule, auditRpcHandlers, AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { describeServiceLayout } from '@civic/testing';
import type { RpcPattern } from '@civic/contracts';
import { type DynamicModule, type Type } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module';
import { ApplicationsRpcController } from './applications/applications.rpc-controller';
import { LotteryFundingModule } from './applications/lottery-funding.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DashboardRpcController } from './dashboard/dashboard.rpc-controller';
import { DisclosureModule } from './disclosure/disclosure.module';
import { DisclosureRpcController } from './disclosure/disclosure.rpc-controller';
import { LotteryFundEnv } from './lottery-fund.env';
import { LotteryFundHealthRpcController } from './lottery-fund-health.rpc-controller';
import { LotteryFundInbox } from './lottery-fund.inbox';
import { ProgrammesModule } from './programmes/programmes.module';
import { ProgrammesRpcController } from './programmes/programmes.rpc-controller';
import { LotteryWorkQueueModule } from './work-queue/work-queue.module';
import { LotteryWorkQueueRpcController } from './work-queue/work-queue.rpc-controller';

const FEATURES: (Type | DynamicModule)[] = [
  ProgrammesModule,
  ApplicationsModule.forRoot(new LotteryFundEnv()),
  DisclosureModule,
  LotteryWorkQueueModule,
  DashboardModule,
  LotteryFundingModule,
  AuditRpcModule.forService('lottery-fund'),
];

/** Where each lottery-fund pattern is answered: every one of the contract's (compile-checked). */
const HANDLED_BY = {
  'lottery-fund.programmes.create': ProgrammesRpcController,
  'lottery-fund.programmes.list': ProgrammesRpcController,
  'lottery-fund.programmes.set-form': ProgrammesRpcController,
  'lottery-fund.programmes.ranking': ApplicationsRpcController,
  'lottery-fund.applications.submit': ApplicationsRpcController,
  'lottery-fund.applications.list': ApplicationsRpcController,
  'lottery-fund.applications.get': ApplicationsRpcController,
  'lottery-fund.applications.outcome': ApplicationsRpcController,
  'lottery-fund.applications.unmask-contact': ApplicationsRpcController,
  'lottery-fund.applications.assess': ApplicationsRpcController,
  'lottery-fund.applications.approve': ApplicationsRpcController,
  'lottery-fund.applications.reject': ApplicationsRpcController,
  'lottery-fund.applications.withdraw': ApplicationsRpcController,
  'lottery-fund.years.get': DisclosureRpcController,
  'lottery-fund.years.annual-report': DisclosureRpcController,
  'lottery-fund.notices.list': DisclosureRpcController,
  'lottery-fund.notices.object': DisclosureRpcController,
  'lottery-fund.notices.correct': DisclosureRpcController,
  'lottery-fund.health': LotteryFundHealthRpcController,
  'lottery-fund.work-queue': LotteryWorkQueueRpcController,
  'lottery-fund.dashboard.timeliness': DashboardRpcController,
  ...auditRpcHandlers('lottery-fund'),
} satisfies Record<Extract<RpcPattern, `lottery-fund.${string}`>, Type>;

describeServiceLayout({
  service: 'lottery-fund',
  features: FEATURES,
  health: LotteryFundHealthRpcController,
  handledBy: HANDLED_BY,
  platform: [AuditTrail, OutboxWriter, { provide: PersonalDataCipher, useValue: {} }],
  inbox: LotteryFundInbox,
});
