import { AuditRpcModule, auditRpcHandlers, AuditTrail } from '@civic/platform/audit';
import { OutboxWriter } from '@civic/platform/messaging';
import { describeServiceLayout } from '@civic/testing';
import type { RpcPattern } from '@civic/contracts';
import { PersonalDataCipher } from '@civic/platform/pii';
import { type Type } from '@nestjs/common';
import { DashboardModule } from './dashboard/dashboard.module';
import { DashboardRpcController } from './dashboard/dashboard.rpc-controller';
import { GraduationModule } from './graduation/graduation.module';
import { OrganizationsHealthRpcController } from './organizations-health.rpc-controller';
import { OrganizationsWorkQueueModule } from './work-queue/work-queue.module';
import { OrganizationsWorkQueueRpcController } from './work-queue/work-queue.rpc-controller';
import { OrganizationsInbox } from './organizations.inbox';
import { OrganizationsModule } from './organizations/organizations.module';
import { OrganizationsRpcController } from './organizations/organizations.rpc-controller';
import { PolicyModule } from './policy/policy.module';
import { PolicyRpcController } from './policy/policy.rpc-controller';

const FEATURES = [
  OrganizationsModule,
  PolicyModule,
  GraduationModule,
  OrganizationsWorkQueueModule,
  AuditRpcModule.forService('organizations'),
  DashboardModule,
];

/** Where each organizations pattern is answered: every one of the contract's (compile-checked). */
const HANDLED_BY = {
  'organizations.register': OrganizationsRpcController,
  'organizations.update': OrganizationsRpcController,
  'organizations.republish-snapshots': OrganizationsRpcController,
  'organizations.get': OrganizationsRpcController,
  'organizations.list': OrganizationsRpcController,
  'organizations.stats': OrganizationsRpcController,
  'organizations.dashboard': DashboardRpcController,
  'organizations.unmask-resident-id': OrganizationsRpcController,
  'organizations.find-by-resident-id': OrganizationsRpcController,
  'organizations.unmask-contact': OrganizationsRpcController,
  'organizations.health': OrganizationsHealthRpcController,
  'organizations.work-queue': OrganizationsWorkQueueRpcController,
  'organizations.policies.propose': PolicyRpcController,
  'organizations.policies.decide': PolicyRpcController,
  'organizations.policies.list': PolicyRpcController,
  'organizations.policies.get': PolicyRpcController,
  'organizations.policies.in-force': PolicyRpcController,
  ...auditRpcHandlers('organizations'),
} satisfies Record<Extract<RpcPattern, `organizations.${string}`>, Type>;

describeServiceLayout({
  service: 'organizations',
  features: FEATURES,
  health: OrganizationsHealthRpcController,
  handledBy: HANDLED_BY,
  inbox: OrganizationsInbox,
  platform: [AuditTrail, OutboxWriter, { provide: PersonalDataCipher, useValue: {} }],
});
