import { type DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BatchQueries } from '../batches/batch-queries';
import { BatchesRpcController } from '../batches/batches.rpc-controller';
import { BatchesService } from '../batches/batches.service';
import type { FinanceEnv } from '../finance.env';
import { FinanceHandlersModule } from '../inbox/finance-handlers.module';
import { SimulatedTreasury } from '../treasury/simulated-treasury';
import { TREASURY_ADAPTER } from '../treasury/treasury-adapter';
import { PaymentDispatcher } from './payment-dispatcher';
import { PaymentExecutor } from './payment-executor';
import { PaymentQueries } from './payment-queries';
import { PaymentsRpcController } from './payments.rpc-controller';
import { ReissuesService } from './reissues/reissues.service';
import { PAYMENT_SETTINGS, paymentSettingsFrom, treasurySettingsFrom } from './payment-settings';
import { PaymentSweeper } from './payment-sweeper';
import { PaymentWorker } from './payment-worker';
import { SettlementWriter } from './settlement-writer';

/** Payment requests, batches and re-issues with four eyes, and the worker that pays them (R28). */
@Module({})
export class PaymentsModule {
  static forRoot(env: FinanceEnv): DynamicModule {
    return {
      module: PaymentsModule,
      imports: [FinanceHandlersModule],
      controllers: [BatchesRpcController, PaymentsRpcController],
      providers: [
        { provide: PAYMENT_SETTINGS, useValue: paymentSettingsFrom(env) },
        {
          provide: TREASURY_ADAPTER,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) =>
            new SimulatedTreasury(dataSource, treasurySettingsFrom(env)),
        },
        PaymentQueries,
        PaymentDispatcher,
        PaymentExecutor,
        PaymentSweeper,
        PaymentWorker,
        SettlementWriter,
        BatchesService,
        BatchQueries,
        ReissuesService,
      ],
    };
  }
}
