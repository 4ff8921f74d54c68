import { AuditRpcModule } from '@civic/platform/audit';
import { serviceImports } from '@civic/platform/observability';
import { PiiModule } from '@civic/platform/pii';
import { type DynamicModule, Module } from '@nestjs/common';
import { CatalogueModule } from './catalogue/catalogue.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { ContractsModule } from './contracts/contracts.module';
import { DirectoryModule } from './directory/directory.module';
import { EvaluationModule } from './evaluation/evaluation.module';
import { ProjectsModule } from './projects/projects.module';
import { ProcurementWorkQueueModule } from './work-queue/work-queue.module';
import { PROCUREMENT_DATABASE } from './database';
import { ProcurementFundingModule } from './funding/procurement-funding.module';
import type { ProcurementEnv } from './procurement.env';
import { ProcurementHealthRpcController } from './procurement-health.rpc-controller';
import { ProcurementInbox } from './procurement.inbox';

/**
 * 政府购买服务 (procurement): contracts paid from the GOVERNMENT_PURCHASE fund through the programme kit,
 * and its copy of organizations. Add the programme's feature modules, RPC controllers and
 * providers here.
 */
@Module({})
export class AppModule {
  static forRoot(env: ProcurementEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('procurement', env, PROCUREMENT_DATABASE, {
          provider: ProcurementInbox,
          imports: [ProcurementFundingModule],
        }),
        PiiModule.forRoot({ key: env.PII_KEY, keyId: env.PII_KEY_ID }),
        AuditRpcModule.forService('procurement'),
        ProcurementFundingModule,
        CatalogueModule,
        DirectoryModule,
        ProjectsModule,
        ContractsModule,
        EvaluationModule,
        ProcurementWorkQueueModule,
        DashboardModule,
      ],
      controllers: [ProcurementHealthRpcController],
      providers: [],
    };
  }
}
