import { Module } from '@nestjs/common';
import { FinanceAnswers } from './finance-answers';

/** What the inbox's handlers use; OutboxWriter comes from the (global) messaging module. */
@Module({ providers: [FinanceAnswers], exports: [FinanceAnswers] })
export class FinanceAnswersModule {}
