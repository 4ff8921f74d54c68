import { ProgrammeFundingModule } from '@civic/platform/programme-kit';
import { Module } from '@nestjs/common';
import { VentureFundingPort } from './venture-funding.port';

/** Venture on the programme kit: awards and tranches in their conversation with finance. */
@Module({
  imports: [ProgrammeFundingModule.forPort(VentureFundingPort)],
  exports: [ProgrammeFundingModule],
})
export class VentureFundingModule {}
