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
import { keepPurchaseBudget } from './budget/purchase-budget.handlers';

/**
 * 政府购买服务's inbox: the newest snapshot of each organization (for scope and payments under
 * custody, R3), finance's government purchase budget per year (R25 art. 14), and finance's answers about its grants (the programme kit's ProgrammeFunding, over
 * ProcurementFundingPort).
 */
@Injectable()
export class ProcurementInbox implements InboxBindingProvider {
  constructor(
    private readonly funding: ProgrammeFunding,
    private readonly port: FundingPort,
    private readonly cipher: PersonalDataCipher,
  ) {}

  binding(): InboxBinding<'procurement.inbox'> {
    return {
      queue: 'procurement.inbox',
      handlers: {
        ...organizationSnapshotHandlers(this.cipher),
        ...policyCopyHandlers(),
        'finance.budget-appropriated.v1': keepPurchaseBudget,
        ...fundingAnswerHandlers(this.funding, this.port),
      },
    };
  }
}
