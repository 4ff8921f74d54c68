import { serviceImports } from '@civic/platform/observability';
import { PiiModule } from '@civic/platform/pii';
import { type DynamicModule, Module } from '@nestjs/common';
import { ORGANIZATIONS_DATABASE } from './database';
import { GraduationInbox } from './graduation/graduation.inbox';
import type { OrganizationsEnv } from './organizations.env';
import { OrganizationsRpcController } from './organizations/organizations.rpc-controller';
import { OrganizationQueries } from './organizations/organization-queries.service';
import { OrganizationsService } from './organizations/organizations.service';
import { ResidentIdsService } from './organizations/resident-ids.service';
import { OrganizationsHealthRpcController } from './organizations/organizations-health.rpc-controller';
import { TierPolicyService } from './policy/tier-policy.service';

@Module({})
export class AppModule {
  static forRoot(env: OrganizationsEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('organizations', env, ORGANIZATIONS_DATABASE, {
          provider: GraduationInbox,
        }),
        PiiModule.forRoot({ key: env.PII_KEY, keyId: env.PII_KEY_ID }),
      ],
      controllers: [OrganizationsRpcController, OrganizationsHealthRpcController],
      providers: [OrganizationsService, OrganizationQueries, ResidentIdsService, TierPolicyService],
    };
  }
}
