import type { InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import {
  fundingAnswerHandlers,
  FundingPort,
  ProgrammeFunding,
} from '@civic/platform/programme-kit';
import { ORGANIZATION_SNAPSHOT_HANDLERS } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';

/**
 * Incubation's inbox: the newest snapshot of each organization (for screening, the priority score
 * and payments under custody), and finance's answers about start-up subsidies (the programme
 * kit's ProgrammeFunding, over IncubationFundingPort).
 */
@Injectable()
export class IncubationInbox implements InboxBindingProvider {
  constructor(
    private readonly funding: ProgrammeFunding,
    private readonly port: FundingPort,
  ) {}

  binding(): InboxBinding<'incubation.inbox'> {
    return {
      queue: 'incubation.inbox',
      handlers: {
        ...ORGANIZATION_SNAPSHOT_HANDLERS,
        ...fundingAnswerHandlers(this.funding, this.port),
      },
    };
  }
}
