import { ProgrammeFundingModule } from '@civic/platform/programme-kit';
import { Module } from '@nestjs/common';
import { ProcurementFundingPort } from './procurement-funding.port';

/**
 * 政府购买服务 on the programme kit: its FundingPort (contract years as commitments, their
 * instalments as payments) and the kit's ProgrammeFunding (commit, pay what falls due, withdraw
 * and release, re-issue, finance's answers), for its services and its inbox.
 */
@Module({
  imports: [ProgrammeFundingModule.forPort(ProcurementFundingPort)],
  exports: [ProgrammeFundingModule],
})
export class ProcurementFundingModule {}
