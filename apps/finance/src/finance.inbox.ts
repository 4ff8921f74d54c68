import type { InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import { PersonalDataCipher } from '@civic/platform/pii';
import { policyCopyHandlers } from '@civic/platform/policy-copies';
import { Injectable } from '@nestjs/common';
import { ClawbacksService } from './clawbacks/clawbacks.service';
import { CommitmentReleasesService } from './commitments/commitment-releases.service';
import { CommitmentsService } from './commitments/commitments.service';
import { commitmentFromV1, disbursementFromV1 } from './payments/payment-request';
import { PaymentRequestsService } from './payments/payment-requests.service';

/**
 * What finance takes from the programmes (finance.inbox): commitment requests, answered with a
 * decision sent back to the programme that asked, payment requests (payment due), clawbacks
 * to record (R19), and commitments a programme closes, whose unpaid rest is released (R27).
 * Programmes send requests as v2, account numbers sealed (R30); v1 ones, still in flight when they
 * moved, are sealed here and handled the same way. And a copy of each approved policy version,
 * for the funding dashboard's targets (R14, R21).
 */
@Injectable()
export class FinanceInbox implements InboxBindingProvider {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly payments: PaymentRequestsService,
    private readonly clawbacks: ClawbacksService,
    private readonly releases: CommitmentReleasesService,
    private readonly cipher: PersonalDataCipher,
  ) {}

  binding(): InboxBinding<'finance.inbox'> {
    return {
      queue: 'finance.inbox',
      handlers: {
        ...policyCopyHandlers(),
        'finance.commitment-requested.v1': async (request, { manager }) => {
          await this.commitments.decide(manager, commitmentFromV1(this.cipher, request));
        },
        'finance.commitment-requested.v2': async (request, { manager }) => {
          await this.commitments.decide(manager, request);
        },
        'finance.disbursement-requested.v1': async (request, { manager }) => {
          await this.payments.accept(manager, disbursementFromV1(this.cipher, request));
        },
        'finance.disbursement-requested.v2': async (request, { manager }) => {
          await this.payments.accept(manager, request);
        },
        'finance.clawback-opened.v1': async (request, { manager }) => {
          await this.clawbacks.open(manager, request);
        },
        'finance.commitment-release-requested.v1': async (request, { manager }) => {
          await this.releases.close(manager, request);
        },
      },
    };
  }
}
