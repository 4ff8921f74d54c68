import type { OrganizationSnapshotV1 } from '@civic/contracts';
import type { HandlerContext, InboxBinding, InboxBindingProvider } from '@civic/platform/messaging';
import { Injectable } from '@nestjs/common';
import { FinanceAnswers } from '../applications/finance-answers';

/**
 * The lottery fund's inbox: the newest snapshot of each organization, and finance's answers about
 * approved applications (FinanceAnswers).
 */
@Injectable()
export class LotteryFundInbox implements InboxBindingProvider {
  constructor(private readonly finance: FinanceAnswers) {}

  binding(): InboxBinding<'lottery-fund.inbox'> {
    return {
      queue: 'lottery-fund.inbox',
      handlers: {
        'organizations.organization-registered.v1': (payload, context) => keep(payload, context),
        'organizations.organization-changed.v1': (payload, context) => keep(payload, context),
        'finance.commitment-decided.v1': (payload, context) =>
          this.finance.commitmentDecided(payload, context),
        'finance.disbursement-settled.v1': (payload, context) =>
          this.finance.settled(payload, context),
        'finance.disbursement-failed.v1': (payload, context) =>
          this.finance.failed(payload, context),
      },
    };
  }
}

async function keep(snapshot: OrganizationSnapshotV1, { manager }: HandlerContext): Promise<void> {
  await manager.query(
    `INSERT INTO "lottery_fund".organization_snapshot (organization_id, version, data, received_at)
     VALUES ($1, $2, $3, now())
     ON CONFLICT (organization_id) DO UPDATE
        SET version = EXCLUDED.version, data = EXCLUDED.data, received_at = now()
      WHERE organization_snapshot.version < EXCLUDED.version`,
    [snapshot.organizationId, snapshot.version, JSON.stringify(snapshot)],
  );
}
