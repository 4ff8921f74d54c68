import 'reflect-metadata';
import type { RpcActor } from '@civic/contracts';
import { Role } from '@civic/domain/access';
import { loadEnvOrExit } from '@civic/platform/config';
import { dataSourceOptions } from '@civic/platform/database';
import { Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { FINANCE_DATABASE } from '../database';
import { ReconciliationRepository } from './reconciliation.repository';
import { ReconciliationService } from './reconciliation.service';

/** What the command reads from its environment. */
class ReconcileEnv {
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must look like postgres://user[:password]@host:port/database',
  })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/civic';
}

/** Who runs the report from the command line: an operator, as an administrator (FINANCE_READ). */
const OPERATOR: RpcActor = { userId: 'ops:reconciliation-cli', roles: [Role.ADMINISTRATOR] };
const LISTED = 20;

/**
 * Finance's reconciliation report (R19, R27, R28) on the database of DATABASE_URL, without the
 * service running: `node -r ./tools/dev/register.cjs apps/finance/src/reconciliation/reconciliation.cli.ts [--json]`.
 * The restore check of tools/ops runs it on a restored copy. Prints a summary and the first
 * differences (`--json`: the whole report on one line). Exit 0 when there is no difference, 1 when
 * there are differences, 2 when it could not run (no database, no finance schema).
 */
async function main(url: string, json: boolean): Promise<number> {
  const dataSource = await new DataSource(
    dataSourceOptions(FINANCE_DATABASE, url, { poolSize: 2, applicationName: 'finance-reconcile' }),
  ).initialize();
  try {
    const [{ ledger }] = await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS ledger`, [
      `${FINANCE_DATABASE.schema}.ledger_posting`,
    ]);
    if (!ledger) throw new Error(`this database has no ${FINANCE_DATABASE.schema} ledger`);
    const report = await new ReconciliationService(
      dataSource,
      new ReconciliationRepository(),
    ).report(OPERATOR);
    if (json) {
      // written out before process.exit: a pipe takes large writes asynchronously
      await new Promise((done) => process.stdout.write(`${JSON.stringify(report)}\n`, done));
    } else {
      const count = (n: number) => n.toLocaleString('en-US');
      const mark = report.differences.length === 0 ? '✓' : '✗';
      console.log(
        `${mark} finance reconciliation: ${count(report.postings)} postings, ${count(report.commitments)} commitments, ` +
          `${count(report.payments)} payments, ${count(report.bankTransfers)} bank transfers; ` +
          `${count(report.differences.length)} differences`,
      );
      for (const d of report.differences.slice(0, LISTED)) {
        console.log(
          `  ${d.kind} ${d.subject}: expected ${d.expectedFen} fen, found ${d.actualFen}`,
        );
      }
      if (report.differences.length > LISTED) {
        console.log(`  … and ${count(report.differences.length - LISTED)} more`);
      }
      if (report.heldWithNothingToPay.length > 0) {
        console.log(
          `  ${count(report.heldWithNothingToPay.length)} commitments hold money with nothing on its way to pay it`,
        );
      }
    }
    return report.differences.length === 0 ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

const env = loadEnvOrExit(ReconcileEnv, 'finance reconcile');
main(env.DATABASE_URL, process.argv.includes('--json')).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`finance reconcile failed: ${error.message}`);
    process.exit(2);
  },
);
