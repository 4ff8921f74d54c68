import { Module } from '@nestjs/common';
import { VentureFinanceAnswers } from './finance-answers';

/** What the inbox's handlers use; OutboxWriter comes from the (global) messaging module. */
@Module({ providers: [VentureFinanceAnswers], exports: [VentureFinanceAnswers] })
export class VentureFinanceAnswersModule {}
