import { type DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { FinanceEnv } from '../finance.env';
import { SimulatedTreasury } from '../treasury/simulated-treasury';
import { TREASURY_ADAPTER } from '../treasury/treasury-adapter';
import { PAYMENT_SETTINGS, paymentSettingsFrom, treasurySettingsFrom } from './payment-settings';

/**
 * What the environment decides about paying (R28): how payments are worked through
 * (PAYMENT_SETTINGS) and the bank behind TREASURY_ADAPTER (the simulated treasury, with its
 * settings). Built once from FinanceEnv and global, like the other modules made from the
 * environment, so the feature modules that use them (the payment worker, batches through its
 * dispatcher) stay static.
 */
@Module({})
export class PaymentSettingsModule {
  static forRoot(env: FinanceEnv): DynamicModule {
    return {
      module: PaymentSettingsModule,
      global: true,
      providers: [
        { provide: PAYMENT_SETTINGS, useValue: paymentSettingsFrom(env) },
        {
          provide: TREASURY_ADAPTER,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource) =>
            new SimulatedTreasury(dataSource, treasurySettingsFrom(env)),
        },
      ],
      exports: [PAYMENT_SETTINGS, TREASURY_ADAPTER],
    };
  }
}
