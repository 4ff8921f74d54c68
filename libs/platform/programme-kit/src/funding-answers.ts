import type { PayloadOf } from '@civic/contracts';
import type { HandlerContext } from '@civic/platform/messaging';
import type { ProgrammeFunding } from './programme-funding';
import type { FundingPort } from './funding';

/**
 * The inbox handlers for every answer finance sends a programme (FINANCE_ANSWERS in the
 * contracts), for the programme's inbox binding: `...fundingAnswerHandlers(funding, port)`.
 */
export function fundingAnswerHandlers(funding: ProgrammeFunding, port: FundingPort) {
  return {
    'finance.commitment-decided.v1': (
      payload: PayloadOf<'finance.commitment-decided.v1'>,
      { manager }: HandlerContext,
    ) => funding.commitmentDecided(payload, manager),
    'finance.disbursement-settled.v1': (
      payload: PayloadOf<'finance.disbursement-settled.v1'>,
      { manager }: HandlerContext,
    ) => funding.settled(payload, manager),
    'finance.disbursement-failed.v1': (
      payload: PayloadOf<'finance.disbursement-failed.v1'>,
      { manager }: HandlerContext,
    ) => funding.failed(payload, manager),
    'finance.commitment-released.v1': (
      payload: PayloadOf<'finance.commitment-released.v1'>,
      { manager }: HandlerContext,
    ) => funding.released(payload, manager),
    'finance.payment-reissued.v1': (
      payload: PayloadOf<'finance.payment-reissued.v1'>,
      { manager }: HandlerContext,
    ) => funding.reissued(payload, manager),
    'finance.clawback-recovered.v1': (
      payload: PayloadOf<'finance.clawback-recovered.v1'>,
      { manager }: HandlerContext,
    ) => port.clawbackRecovered(manager, payload),
  } as const;
}
