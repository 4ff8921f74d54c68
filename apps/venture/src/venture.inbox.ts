import type { InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import {
  fundingAnswerHandlers,
  FundingPort,
  ProgrammeFunding,
} from '@civic/platform/programme-kit';
import { ORGANIZATION_SNAPSHOT_HANDLERS } from '@civic/platform/snapshots';
import { Injectable } from '@nestjs/common';

/**
 * Venture's inbox: the newest snapshot of each organization (priority score, conflicts of interest
 * with its leaders, payments under custody), and finance's answers about awards and tranches (the
 * programme kit's ProgrammeFunding, over VentureFundingPort).
 */
@Injectable()
export class VentureInbox implements InboxBindingProvider {
  constructor(
    private readonly funding: ProgrammeFunding,
    private readonly port: FundingPort,
  ) {}

  binding(): InboxBinding<'venture.inbox'> {
    return {
      queue: 'venture.inbox',
      handlers: {
        ...ORGANIZATION_SNAPSHOT_HANDLERS,
        ...fundingAnswerHandlers(this.funding, this.port),
      },
    };
  }
}
