import { ProgrammeFundingModule } from '@civic/platform/programme-kit';
import { Module } from '@nestjs/common';
import { IncubationFundingPort } from './incubation-funding.port';

/** Incubation on the programme kit: start-up subsidies' conversation with finance. */
@Module({
  imports: [ProgrammeFundingModule.forPort(IncubationFundingPort)],
  exports: [ProgrammeFundingModule],
})
export class IncubationFundingModule {}
