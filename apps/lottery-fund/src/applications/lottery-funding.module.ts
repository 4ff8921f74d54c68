import { ProgrammeFundingModule } from '@civic/platform/programme-kit';
import { Module } from '@nestjs/common';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { LotteryFundingPort } from './lottery-funding.port';

/**
 * The lottery fund on the programme kit: its FundingPort (which corrects a publicity notice when
 * finance refuses) and the kit's ProgrammeFunding, for the approvals and the inbox.
 */
@Module({
  imports: [ProgrammeFundingModule.forPort(LotteryFundingPort, [DisclosureModule])],
  exports: [ProgrammeFundingModule],
})
export class LotteryFundingModule {}
