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
 * Incubation's inbox: the newest snapshot of each organization (for screening, the priority score
 * and payments under custody), and finance's answers about start-up subsidies (the programme
 * kit's ProgrammeFunding, over IncubationFundingPort).
 */
@Injectable()
export class IncubationInbox implements InboxBindingProvider {
  constructor(
    private readonly funding: ProgrammeFunding,
    private readonly port: FundingPort,
    private readonly cipher: PersonalDataCipher,
  ) {}

  binding(): InboxBinding<'incubation.inbox'> {
    return {
      queue: 'incubation.inbox',
      handlers: {
        ...organizationSnapshotHandlers(this.cipher),
        ...policyCopyHandlers(),
        ...fundingAnswerHandlers(this.funding, this.port),
      },
    };
  }
}
