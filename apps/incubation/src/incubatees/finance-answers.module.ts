import { Module } from '@nestjs/common';
import { IncubationFinanceAnswers } from './finance-answers';

/** What the inbox's handlers use; OutboxWriter comes from the (global) messaging module. */
@Module({ providers: [IncubationFinanceAnswers], exports: [IncubationFinanceAnswers] })
export class IncubationFinanceAnswersModule {}
