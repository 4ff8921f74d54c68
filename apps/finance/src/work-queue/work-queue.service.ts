import { type RpcActor, type WorkItemView, workItem } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { Injectable } from '@nestjs/common';
import { FinanceWorkRepository } from './work-queue.repository';

/**
 * What waits for a finance user (issue #18, rule R28): a checker sees the batches, re-issues and
 * receipts someone else prepared (never their own: four eyes); a maker the payments to batch,
 * the failed ones to pay again and the open clawbacks. Anyone else: nothing.
 */
@Injectable()
export class FinanceWorkQueueService {
  constructor(private readonly repository: FinanceWorkRepository) {}

  async work(actor: RpcActor | undefined): Promise<WorkItemView[]> {
    if (!actor) return [];
    const can = (p: Permission) => hasPermission(actor.roles, p);
    const lists: Promise<WorkItemView[]>[] = [];
    if (can(Permission.BATCH_CHECK)) {
      const me = actor.userId;
      lists.push(
        this.repository
          .batchesToCheck(me)
          .then((t) =>
            workItem('finance.batches-to-check', '/finance/batches?status=SUBMITTED', t),
          ),
        this.repository
          .reissuesToCheck(me)
          .then((t) => workItem('finance.reissues-to-check', '/finance/failed-payments', t)),
        this.repository
          .receiptsToCheck(me)
          .then((t) => workItem('finance.receipts-to-check', '/finance/clawbacks', t)),
      );
    }
    if (can(Permission.BATCH_PREPARE)) {
      lists.push(
        this.repository
          .paymentsToBatch()
          .then((t) => workItem('finance.payments-to-batch', '/finance/payments', t)),
        this.repository
          .paymentsToReissue()
          .then((t) => workItem('finance.payments-to-reissue', '/finance/failed-payments', t)),
        this.repository
          .clawbacksOpen()
          .then((t) => workItem('finance.clawbacks-open', '/finance/clawbacks', t)),
      );
    }
    return (await Promise.all(lists)).flat();
  }
}
