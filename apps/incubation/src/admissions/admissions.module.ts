import { Module } from '@nestjs/common';
import { AdmissionDecisionsService } from './admission-decisions.service';
import { AdmissionsQueries } from './admissions.queries';
import { AdmissionsRepository } from './admissions.repository';
import { AdmissionsRpcController } from './admissions.rpc-controller';
import { AdmissionsService } from './admissions.service';

/** Ranked admission to a cohort (R16 with R13/R14): applications, assessment, decisions. */
@Module({
  controllers: [AdmissionsRpcController],
  providers: [
    AdmissionsService,
    AdmissionsQueries,
    AdmissionDecisionsService,
    AdmissionsRepository,
  ],
})
export class AdmissionsModule {}
