import { Module } from '@nestjs/common';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesRpcController } from './programmes.rpc-controller';
import { ProgrammesService } from './programmes.service';

/** Subsidy programmes per year and purpose (R20); no other feature needs its providers. */
@Module({
  controllers: [ProgrammesRpcController],
  providers: [ProgrammesService, ProgrammesRepository],
})
export class ProgrammesModule {}
