import type { InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import {
  fundingAnswerHandlers,
  FundingPort,
  ProgrammeFunding,
} from '@civic/platform/programme-kit';
import { PersonalDataCipher } from '@civic/platform/pii';
import { policyCopyHandlers } from '@civic/platform/policy-copies';
import { organizationSnapshotHandlers } from '@civic/platform/snapshots';
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
    private readonly cipher: PersonalDataCipher,
  ) {}

  binding(): InboxBinding<'lottery-fund.inbox'> {
    return {
      queue: 'lottery-fund.inbox',
      handlers: {
        ...organizationSnapshotHandlers(this.cipher),
        ...policyCopyHandlers(),
        ...fundingAnswerHandlers(this.funding, this.port),
      },
    };
  }
}
