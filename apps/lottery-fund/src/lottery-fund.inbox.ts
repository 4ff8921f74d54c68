import type { InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import {
  fundingAnswerHandlers,
  FundingPort,
  ProgrammeFunding,
} from '@civic/platform/programme-kit';
import { ORGANIZATION_SNAPSHOT_HANDLERS } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';

/**
 * The lottery fund's inbox: the newest snapshot of each organization, and finance's answers about
 * approved applications (the programme kit's ProgrammeFunding, over LotteryFundingPort).
 */
@Injectable()
export class LotteryFundInbox implements InboxBindingProvider {
  constructor(
    private readonly funding: ProgrammeFunding,
    private readonly port: FundingPort,
  ) {}

  binding(): InboxBinding<'lottery-fund.inbox'> {
    return {
      queue: 'lottery-fund.inbox',
      handlers: {
        ...ORGANIZATION_SNAPSHOT_HANDLERS,
        ...fundingAnswerHandlers(this.funding, this.port),
      },
    };
  }
}
