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
 * Venture's inbox: the newest snapshot of each organization (priority score, conflicts of interest
 * with its leaders, payments under custody), and finance's answers about awards and tranches (the
 * programme kit's ProgrammeFunding, over VentureFundingPort).
 */
@Injectable()
export class VentureInbox implements InboxBindingProvider {
  constructor(
    private readonly funding: ProgrammeFunding,
    private readonly port: FundingPort,
    private readonly cipher: PersonalDataCipher,
  ) {}

  binding(): InboxBinding<'venture.inbox'> {
    return {
      queue: 'venture.inbox',
      handlers: {
        ...organizationSnapshotHandlers(this.cipher),
        ...policyCopyHandlers(),
        ...fundingAnswerHandlers(this.funding, this.port),
      },
    };
  }
}
