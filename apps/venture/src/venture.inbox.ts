import {
  financeAnswerHandlers,
  type InboxBinding,
  type InboxBindingProvider,
} from '@civic/platform/messaging';
import { ORGANIZATION_SNAPSHOT_HANDLERS } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { VentureFinanceAnswers } from './awards/finance-answers';

/**
 * Venture's inbox: the newest snapshot of each organization (priority score, conflicts of interest
 * with its leaders, payments under custody), and finance's answers about awards and tranches.
 */
@Injectable()
export class VentureInbox implements InboxBindingProvider {
  constructor(private readonly finance: VentureFinanceAnswers) {}

  binding(): InboxBinding<'venture.inbox'> {
    return {
      queue: 'venture.inbox',
      handlers: {
        ...ORGANIZATION_SNAPSHOT_HANDLERS,
        ...financeAnswerHandlers(this.finance),
        'finance.clawback-recovered.v1': (payload, context) =>
          this.finance.clawbackRecovered(payload, context),
      },
    };
  }
}
