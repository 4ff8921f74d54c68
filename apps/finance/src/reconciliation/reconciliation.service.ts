import type { ReconciliationView, RpcActor } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { idleHolds, reconcile, reconcilePayments } from '@civic/domain/finance';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { paymentRecords } from './payment-records';
import { ReconciliationRepository, type Row, type Scope } from './reconciliation.repository';

/** Postgres: a text that is not a value of its type (here, a reference that is not a UUID). */
const INVALID_TEXT_REPRESENTATION = '22P02';
/** Memory for the report's joins and groupings (one report at a time, by finance staff). */
const REPORT_WORK_MEM = '256MB';

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ReconciliationRepository,
  ) {}

  async report(actor: RpcActor): Promise<ReconciliationView> {
    authorize(actor, Permission.FINANCE_READ);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const scope = await this.narrow(manager);
      const { kept, lines, unbalanced, commitments, posted, count, receipts, returned, released } =
        await this.repository.ledgerRecords(manager, scope);
      const commitmentPostings = byId(posted);
      // Accepted, whether still open or closed since: each was posted once when accepted.
      const accepted = toMap(
        commitments.filter((c) => c.status !== 'REFUSED'),
        'id',
        'fen',
      );
      const paymentRows = await this.repository.paymentRows(manager, scope);
      const payments = paymentRecords(paymentRows, accepted);
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
        commitments: Number(count[0].commitments),
        payments: Number(paymentRows.count[0].payments),
        bankTransfers: Number(paymentRows.count[0].bank),
        differences: [...differences, ...paymentDifferences],
        heldWithNothingToPay: idle,
      };
    });
  }

  /**
   * Reads only the suspects (ReconciliationRepository.suspects) where it can: at province scale
   * most records are plainly in order, and judging millions of them one by one in the service took
   * over a minute. A reference that is not a UUID in canonical text (hand-made, upper case,
   * tampered with) makes it read everything instead. Amounts are compared exactly in SQL and as
   * numbers in the domain, which agree while every amount is a safe integer (R26).
   */
  protected async narrow(manager: EntityManager): Promise<Scope> {
    await manager.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
    await manager.query('SAVEPOINT suspects');
    try {
      return await this.repository.suspects(manager);
    } catch (error) {
      if ((error as { code?: string }).code !== INVALID_TEXT_REPRESENTATION) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT suspects');
      return 'all';
    }
  }
}
