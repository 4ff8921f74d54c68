import { Module } from '@nestjs/common';
import { BasesRepository } from './bases.repository';
import { BasesRpcController } from './bases.rpc-controller';
import { BasesService } from './bases.service';

/** Incubation bases and their venues (R4, R15). */
@Module({
  controllers: [BasesRpcController],
  providers: [BasesService, BasesRepository],
})
export class BasesModule {}
