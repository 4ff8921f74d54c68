import {
  financeAnswerHandlers,
  type InboxBinding,
  type InboxBindingProvider,
} from '@civic/platform/messaging';
import { ORGANIZATION_SNAPSHOT_HANDLERS } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';
import { IncubationFinanceAnswers } from './incubatees/finance-answers';

/**
 * Incubation's inbox: the newest snapshot of each organization (for screening, the priority score
 * and payments under custody), and finance's answers about start-up subsidies.
 */
@Injectable()
export class IncubationInbox implements InboxBindingProvider {
  constructor(private readonly finance: IncubationFinanceAnswers) {}

  binding(): InboxBinding<'incubation.inbox'> {
    return {
      queue: 'incubation.inbox',
      handlers: {
        ...ORGANIZATION_SNAPSHOT_HANDLERS,
        ...financeAnswerHandlers(this.finance),
      },
    };
  }
}
