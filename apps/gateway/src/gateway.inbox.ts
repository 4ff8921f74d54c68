import type { DecisionMadeV1 } from '@civic/contracts';
import type { HandlerContext, InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import { Injectable } from '@nestjs/common';
import { DecisionNotifier } from './notifications/decision-notifier';

/**
 * The gateway's inbox (issue #18): the decisions each programme makes about an organization,
 * told to the users bound to it. This changes architecture.md's "gateway consumes none" on
 * purpose: the gateway owns users, their contacts and their organization bindings, so it is the
 * one service that knows whom to tell and how; a separate notification service would need its own
 * copy of all three. Each message has one effect, recorded with it in gateway.inbox.
 */
@Injectable()
export class GatewayInbox implements InboxBindingProvider {
  constructor(private readonly notifier: DecisionNotifier) {}

  binding(): InboxBinding<'gateway.inbox'> {
    const tell = async (decision: DecisionMadeV1, { manager }: HandlerContext) => {
      await this.notifier.notify(decision, manager);
    };
    return {
      queue: 'gateway.inbox',
      handlers: {
        'lottery-fund.decision-made.v1': tell,
        'venture.decision-made.v1': tell,
        'incubation.decision-made.v1': tell,
        'procurement.decision-made.v1': tell,
      },
    };
  }
}
