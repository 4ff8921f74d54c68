import { AuditRpcModule, auditRpcHandlers, AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { describeServiceLayout } from '@civic/testing';
import type { RpcPattern } from '@civic/contracts';
import { type Type } from '@nestjs/common';
import { AdmissionsModule } from './admissions/admissions.module';
import { AdmissionsRpcController } from './admissions/admissions.rpc-controller';
import { BasesModule } from './bases/bases.module';
import { BasesRpcController } from './bases/bases.rpc-controller';
import { CohortsModule } from './cohorts/cohorts.module';
import { CohortsRpcController } from './cohorts/cohorts.rpc-controller';
import { DashboardModule } from './dashboard/dashboard.module';
import { DashboardRpcController } from './dashboard/dashboard.rpc-controller';
import { IncubateesModule } from './incubatees/incubatees.module';
import { IncubateesRpcController } from './incubatees/incubatees.rpc-controller';
import { IncubationHealthRpcController } from './incubation-health.rpc-controller';
import { IncubationWorkQueueModule } from './work-queue/work-queue.module';
import { IncubationWorkQueueRpcController } from './work-queue/work-queue.rpc-controller';
import { TrainingModule } from './training/training.module';
import { TrainingRpcController } from './training/training.rpc-controller';

const FEATURES = [
  BasesModule,
  CohortsModule,
  AdmissionsModule,
  IncubateesModule,
  TrainingModule,
  IncubationWorkQueueModule,
  AuditRpcModule.forService('incubation'),
  DashboardModule,
];

/** Where each incubation pattern is answered: every one of the contract's (compile-checked). */
const HANDLED_BY = {
  'incubation.bases.create': BasesRpcController,
  'incubation.bases.list': BasesRpcController,
  'incubation.venues.create': BasesRpcController,
  'incubation.cohorts.create': CohortsRpcController,
  'incubation.cohorts.list': CohortsRpcController,
  'incubation.cohorts.get': CohortsRpcController,
  'incubation.cohorts.close': CohortsRpcController,
  'incubation.cohorts.set-form': CohortsRpcController,
  'incubation.cohorts.ranking': AdmissionsRpcController,
  'incubation.cohorts.decide': AdmissionsRpcController,
  'incubation.admissions.submit': AdmissionsRpcController,
  'incubation.admissions.list': AdmissionsRpcController,
  'incubation.admissions.get': AdmissionsRpcController,
  'incubation.admissions.unmask-contact': AdmissionsRpcController,
  'incubation.admissions.assess': AdmissionsRpcController,
  'incubation.incubatees.list': IncubateesRpcController,
  'incubation.incubatees.get': IncubateesRpcController,
  'incubation.incubatees.unmask-subsidy-account': IncubateesRpcController,
  'incubation.incubatees.assign-venue': IncubateesRpcController,
  'incubation.incubatees.space-returned': IncubateesRpcController,
  'incubation.incubatees.link-organization': IncubateesRpcController,
  'incubation.incubatees.activity': IncubateesRpcController,
  'incubation.incubatees.withdraw-subsidy': IncubateesRpcController,
  'incubation.incubatees.subsidy': IncubateesRpcController,
  'incubation.incubatees.graduate': IncubateesRpcController,
  'incubation.incubatees.exit': IncubateesRpcController,
  'incubation.trainings.create': TrainingRpcController,
  'incubation.trainings.list': TrainingRpcController,
  'incubation.trainings.attend': TrainingRpcController,
  'incubation.health': IncubationHealthRpcController,
  'incubation.dashboard.cohorts': DashboardRpcController,
  'incubation.dashboard.timeliness': DashboardRpcController,
  'incubation.work-queue': IncubationWorkQueueRpcController,
  ...auditRpcHandlers('incubation'),
} satisfies Record<Extract<RpcPattern, `incubation.${string}`>, Type>;

describeServiceLayout({
  service: 'incubation',
  features: FEATURES,
  health: IncubationHealthRpcController,
  handledBy: HANDLED_BY,
  platform: [AuditTrail, OutboxWriter, { provide: PersonalDataCipher, useValue: {} }],
});
