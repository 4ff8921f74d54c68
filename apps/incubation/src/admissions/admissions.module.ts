import { Module } from '@nestjs/common';
import { AdmissionDecisionsService } from './admission-decisions.service';
import { AdmissionsQueries } from './admissions.queries';
import { AdmissionsRepository } from './admissions.repository';
import { AdmissionsRpcController } from './admissions.rpc-controller';
import { AdmissionsService } from './admissions.service';
import { AdmissionContactUnmaskService } from './contact-unmask.service';

/**
 * Ranked admission to a cohort (R16 with R13/R14): applications, assessment, decisions, and the
 * audited unmasking of an applicant's phone (R30, R31).
 */
@Module({
  controllers: [AdmissionsRpcController],
  providers: [
    AdmissionsService,
    AdmissionsQueries,
    AdmissionDecisionsService,
    AdmissionsRepository,
    AdmissionContactUnmaskService,
  ],
})
export class AdmissionsModule {}
