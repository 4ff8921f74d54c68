import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { ClawbackRecoveryService } from './clawback-recovery.service';
import { ClawbacksRepository } from './clawbacks.repository';
import { ClawbacksRpcController } from './clawbacks.rpc-controller';
import { ClawbacksService } from './clawbacks.service';

/**
 * Clawbacks (R19): opened by a programme (the inbox, through the exported ClawbacksService),
 * listed, and recovered with four eyes (R28), posting what came back to the ledger.
 */
@Module({
  imports: [LedgerModule],
  controllers: [ClawbacksRpcController],
  providers: [ClawbacksService, ClawbackRecoveryService, ClawbacksRepository],
  exports: [ClawbacksService],
})
export class ClawbacksModule {}
