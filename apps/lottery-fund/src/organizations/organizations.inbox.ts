import {
  financeAnswerHandlers,
  type InboxBinding,
  type InboxBindingProvider,
} from '@civic/platform/messaging';
import { ORGANIZATION_SNAPSHOT_HANDLERS } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { FinanceAnswers } from '../applications/finance-answers';

/**
 * The lottery fund's inbox: the newest snapshot of each organization, and finance's answers about
 * approved applications (FinanceAnswers).
 */
@Injectable()
export class LotteryFundInbox implements InboxBindingProvider {
  constructor(private readonly finance: FinanceAnswers) {}

  binding(): InboxBinding<'lottery-fund.inbox'> {
    return {
      queue: 'lottery-fund.inbox',
      handlers: {
        ...ORGANIZATION_SNAPSHOT_HANDLERS,
        ...financeAnswerHandlers(this.finance),
      },
    };
  }
}
