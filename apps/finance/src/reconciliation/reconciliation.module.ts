import { Module } from '@nestjs/common';
import { ReconciliationRepository } from './reconciliation.repository';
import { ReconciliationRpcController } from './reconciliation.rpc-controller';
import { ReconciliationService } from './reconciliation.service';

/** The reconciliation report (R19, R27, R28): reads only, from one consistent snapshot. */
@Module({
  controllers: [ReconciliationRpcController],
  providers: [ReconciliationService, ReconciliationRepository],
})
export class ReconciliationModule {}
