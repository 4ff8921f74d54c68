import type { ReconciliationView, RpcActor } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { idleHolds, reconcile, reconcilePayments } from '@civic/domain/finance';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { queriesInTurn, type Row } from './in-turn';
import { paymentRecords } from './payment-records';

const toMap = (rows: Row[], key: string, value: string) =>
  new Map(rows.map((row) => [row[key], Number(row[value])]));

/** Posted amounts by the record they reference (`id`), in the order read. */
function byId(rows: Row[]): Map<string, number[]> {
  const amounts = new Map<string, number[]>();
  for (const row of rows) amounts.set(row.id, [...(amounts.get(row.id) ?? []), Number(row.fen)]);
  return amounts;
}

/**
 * Reconciles the ledger with its kept balances, the commitments, the confirmed clawback receipts
 * (R19), the releases (R27), the payments and the payment adapter's records (rule R28), reading one
 * consistent snapshot (REPEATABLE READ), and lists every difference; and lists the commitments
 * holding money with nothing left on its way to pay it (re-issue or release them).
 */
@Injectable()
export class ReconciliationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(actor: RpcActor): Promise<ReconciliationView> {
    authorize(actor, Permission.FINANCE_READ);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [kept, lines, unbalanced, commitments, posted, count, receipts, returned, released] =
        await queriesInTurn(manager, [
          `SELECT account, balance_fen::text AS fen FROM finance.account_balance`,
          `SELECT account, sum(amount_fen)::text AS fen FROM finance.ledger_line GROUP BY account`,
          `SELECT posting_id::text AS id, sum(amount_fen)::text AS fen FROM finance.ledger_line
          GROUP BY posting_id HAVING sum(amount_fen) <> 0`,
          `SELECT id::text, status, amount_fen::text AS fen, released_fen::text AS released,
                  programme, organization_id::text AS organization
             FROM finance.commitment`,
          `SELECT substring(p.reference from 12) AS id, l.amount_fen::text AS fen
           FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
          WHERE p.kind = 'COMMITMENT' AND p.reference LIKE 'commitment:%' AND l.amount_fen > 0`,
          `SELECT count(*)::text AS n FROM finance.ledger_posting`,
          `SELECT id::text, amount_fen::text AS fen FROM finance.clawback_receipt
          WHERE status = 'CONFIRMED'`,
          `SELECT substring(p.reference from 18) AS id, l.amount_fen::text AS fen
           FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
          WHERE p.kind = 'CLAWBACK' AND p.reference LIKE 'clawback-receipt:%' AND l.amount_fen > 0`,
          `SELECT substring(p.reference from 9 for 36) AS id, l.amount_fen::text AS fen
           FROM finance.ledger_posting p JOIN finance.ledger_line l ON l.posting_id = p.id
          WHERE p.kind = 'RELEASE' AND p.reference LIKE 'release:%' AND l.amount_fen > 0`,
        ]);
      const commitmentPostings = byId(posted);
      // Accepted, whether still open or closed since: each was posted once when accepted.
      const accepted = toMap(
        commitments.filter((c) => c.status !== 'REFUSED'),
        'id',
        'fen',
      );
      const payments = await paymentRecords(manager, accepted);
      const differences = reconcile({
        keptBalances: toMap(kept, 'account', 'fen'),
        lineTotals: toMap(lines, 'account', 'fen'),
        unbalancedPostings: unbalanced.map((row) => ({
          postingId: row.id,
          sumFen: Number(row.fen),
        })),
        acceptedCommitments: accepted,
        refusedCommitments: new Set(
          commitments.filter((c) => c.status === 'REFUSED').map((c) => c.id),
        ),
        commitmentPostings,
        confirmedReceipts: toMap(receipts, 'id', 'fen'),
        receiptPostings: byId(returned),
        releasedCommitments: toMap(
          commitments.filter((c) => Number(c.released) > 0),
          'id',
          'released',
        ),
        releasePostings: byId(released),
      });
      const paymentDifferences = reconcilePayments(payments);
      const idle = idleHolds(
        commitments.map((c) => ({
          id: c.id,
          programme: c.programme,
          organizationId: c.organization,
          status: c.status as 'ACCEPTED' | 'REFUSED' | 'CLOSED',
          amountFen: Number(c.fen),
          releasedFen: Number(c.released),
        })),
        payments.payments.map((p) => ({
          commitmentId: p.commitmentId,
          status: p.status as never,
          amountFen: p.amountFen,
        })),
      );
      return {
        checkedAt: new Date().toISOString(),
        postings: Number(count[0].n),
        commitments: commitments.length,
        payments: payments.payments.length,
        bankTransfers: payments.bank.length,
        differences: [...differences, ...paymentDifferences],
        heldWithNothingToPay: idle,
      };
    });
  }
}
