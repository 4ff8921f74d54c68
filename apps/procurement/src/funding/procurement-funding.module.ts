import { ProgrammeFundingModule } from '@civic/platform/programme-kit';
import { Module } from '@nestjs/common';
import { ProcurementFundingPort } from './procurement-funding.port';

/**
 * 政府购买服务 on the programme kit: its FundingPort and the kit's ProgrammeFunding (commit with the
 * payment, withdraw and release, re-issue, finance's answers), for its services and its inbox.
 */
@Module({
  imports: [ProgrammeFundingModule.forPort(ProcurementFundingPort)],
  exports: [ProgrammeFundingModule],
})
export class ProcurementFundingModule {}
