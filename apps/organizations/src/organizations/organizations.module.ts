import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { OrganizationContactUnmaskService } from './contact-unmask.service';
import { OrganizationsQueries } from './organizations.queries';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsRpcController } from './organizations.rpc-controller';
import { OrganizationsService } from './organizations.service';
import { ResidentIdsService } from './resident-ids.service';

/**
 * The registry (R1–R5, R10, R29, R30): registering and changing organizations with their tier
 * (the thresholds from PolicyModule), reads in the actor's scope, leaders' resident ID numbers, and the audited unmasking of
 * contact phones and custodian accounts.
 */
@Module({
  imports: [PolicyModule],
  controllers: [OrganizationsRpcController],
  providers: [
    OrganizationsService,
    OrganizationsQueries,
    ResidentIdsService,
    OrganizationContactUnmaskService,
    OrganizationsRepository,
  ],
})
export class OrganizationsModule {}
