import type { ObjectLiteral, QueryRunner } from 'typeorm';
import { AdvancedConsoleLogger } from 'typeorm';

/**
 * TypeORM's console logger, except that a failed or slow query is logged without its parameter
 * values: they carry applicants' phone numbers, bank accounts and ID numbers (R29/R30), and a
 * failed multi-row INSERT would print dozens of them. The query text, the error and how many
 * parameters there were are kept, which is what finding the fault needs.
 */
export class WithheldParametersLogger extends AdvancedConsoleLogger {
  override logQueryError(
    error: string,
    query: string,
    parameters?: unknown[] | ObjectLiteral,
    queryRunner?: QueryRunner,
  ): void {
    super.logQueryError(error, query, withheld(parameters), queryRunner);
  }

  override logQuerySlow(
    time: number,
    query: string,
    parameters?: unknown[] | ObjectLiteral,
    queryRunner?: QueryRunner,
  ): void {
    super.logQuerySlow(time, query, withheld(parameters), queryRunner);
  }

  override logQuery(
    query: string,
    parameters?: unknown[] | ObjectLiteral,
    queryRunner?: QueryRunner,
  ): void {
    super.logQuery(query, withheld(parameters), queryRunner);
  }
}

/** One placeholder in place of the values, saying how many there were; nothing when none. */
export function withheld(parameters?: unknown[] | ObjectLiteral): string[] | undefined {
  if (parameters === undefined) return undefined;
  const count = Array.isArray(parameters) ? parameters.length : Object.keys(parameters).length;
  return count === 0 ? undefined : [`${count} parameter value(s) withheld`];
}
