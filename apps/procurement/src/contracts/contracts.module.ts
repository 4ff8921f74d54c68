import { Module } from '@nestjs/common';
import { ProcurementFundingModule } from '../funding/procurement-funding.module';
import { ContractAccountUnmaskService } from './account-unmask.service';
import { ContractEvaluationsService } from './contract-evaluations.service';
import { ContractReportsService } from './contract-reports.service';
import { ContractsRepository } from './contracts.repository';
import { ContractsRpcController } from './contracts.rpc-controller';
import { ContractsService } from './contracts.service';

/**
 * Purchase contracts (R25; Order 102 art. 23–24) and their performance: contract years committed
 * and instalments paid through finance by the programme kit (R27, R28), evaluations, and the
 * undertaker's performance reports; the audited unmasking of the payee account (R30, R31).
 */
@Module({
  imports: [ProcurementFundingModule],
  controllers: [ContractsRpcController],
  providers: [
    ContractsService,
    ContractEvaluationsService,
    ContractReportsService,
    ContractsRepository,
    ContractAccountUnmaskService,
  ],
})
export class ContractsModule {}
