import { Metrics, sharedRead } from '@civic/platform/observability';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Finance's own gauges (issue #20), read on each scrape of `GET /metrics`:
 * - `civic_payments{status}`: payments by status (R28); `civic_payments_fen{status}` their sum;
 * - `civic_batches_awaiting_checker`: batches submitted and waiting for a second person (R28);
 * - `civic_commitments_held_fen{fund,year}`: budget held for commitments and not yet paid, the
 *   balance of each fund-year's COMMITTED account (R27).
 */
@Injectable()
export class FinanceMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    // One statement for both payment gauges, read from the (status, fund, amount_fen) index.
    const payments = sharedRead(
      () =>
        this.dataSource.query(
          `SELECT status, count(*)::int AS count, coalesce(sum(amount_fen), 0)::text AS fen
             FROM finance.payment GROUP BY status`,
        ) as Promise<{ status: string; count: number; fen: string }[]>,
    );
    this.metrics.gaugeOnScrape('civic_payments', 'Payments by status (R28)', ['status'], async () =>
      (await payments()).map((row) => ({ labels: { status: row.status }, value: row.count })),
    );
    this.metrics.gaugeOnScrape(
      'civic_payments_fen',
      'The sum of payments by status, in fen (R26, R28)',
      ['status'],
      async () =>
        (await payments()).map((row) => ({
          labels: { status: row.status },
          value: Number(row.fen),
        })),
    );
    this.metrics.gaugeOnScrape(
      'civic_batches_awaiting_checker',
      'Disbursement batches submitted and waiting for a second person to approve (R28)',
      [],
      async () => {
        const [row] = await this.dataSource.query(
          `SELECT count(*)::int AS count FROM finance.disbursement_batch WHERE status = 'SUBMITTED'`,
        );
        return [{ labels: {}, value: row.count }];
      },
    );
    this.metrics.gaugeOnScrape(
      'civic_commitments_held_fen',
      'Budget held for commitments and not yet paid, per fund and fiscal year, in fen (R27)',
      ['fund', 'year'],
      async () => {
        const rows: { account: string; fen: string }[] = await this.dataSource.query(
          `SELECT account, balance_fen::text AS fen FROM finance.account_balance
            WHERE account LIKE '%:COMMITTED' ORDER BY account`,
        );
        return rows.map((row) => {
          const [fund, year] = row.account.split(':');
          return { labels: { fund, year }, value: Number(row.fen) };
        });
      },
    );
  }
}
