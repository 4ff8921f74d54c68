import {
  type ApiLanguage,
  type ImportErrorView,
  type ImportRowView,
  localizeViolation,
  type OrganizationImportView,
  type OrganizationView,
  type RegisterOrganizationDto,
  type RpcActor,
} from '@civic/contracts';
import { RpcClient } from '@civic/platform/rpc';
import { HttpException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Divisions } from '../../divisions/divisions';
import { columnOfField } from './import-column-lookup';
import { ImportRowKeys } from './import-row-keys';
import { type DivisionLookup, mapRow, type RowViolation, validateRow } from './import-rows';
import { readImportSheet, type SheetRow } from './import-sheet';

/** Rows registered at once: the registry's transactions run side by side, a few at a time. */
const PARALLEL = 4;

/** Guangxi's divisions (gateway/src/divisions) as the row mapping looks them up. */
export function divisionLookup(divisions: Divisions): DivisionLookup {
  const counties = new Map(divisions.counties.map((c) => [c.code, c.name]));
  const streetName = (code: string) =>
    divisions.streets(code.slice(0, 6)).find((s) => s.code === code)?.name;
  const communityName = (code: string) =>
    divisions.communities(code.slice(0, 9)).find((c) => c.code === code)?.name;
  return {
    countyName: (code) => counties.get(code),
    streetName,
    communityName,
    countyCodes: (name) => divisions.counties.filter((c) => c.name === name).map((c) => c.code),
    streetCodes: (county, name) =>
      divisions
        .streets(county)
        .filter((s) => s.name === name)
        .map((s) => s.code),
    communityCodes: (street, name) =>
      divisions
        .communities(street)
        .filter((c) => c.name === name)
        .map((c) => c.code),
  };
}

interface RpcRefusal {
  code?: string;
  message?: string;
  messageZh?: string;
  violations?: RowViolation[];
}

/** What a row the registry refused says: its violations, or the refusal itself (scope: 403). */
function refusalOf(error: HttpException): { duplicate: boolean; violations: RowViolation[] } {
  const body = error.getResponse() as RpcRefusal;
  const duplicate = body.code === 'USCC_TAKEN';
  const violations = (body.violations ?? []).map((v) => ({
    ...v,
    column: columnOfField(v.field)?.header ?? '',
  }));
  if (violations.length > 0) return { duplicate, violations };
  const field = error.getStatus() === 403 ? 'location.streetCode' : '(row)';
  return {
    duplicate,
    violations: [
      {
        column: columnOfField(field)?.header ?? '',
        field,
        rule: error.getStatus() === 403 ? 'scope' : (body.code ?? String(error.getStatus())),
        message: body.message ?? 'refused',
        ...(body.messageZh ? { messageZh: body.messageZh } : {}),
      },
    ],
  };
}

/**
 * Imports organizations from a workbook (issue #18). Each row is mapped to the body of `POST
 * /v1/organizations` and checked by the same rules (import-rows.ts); a row that passes is
 * registered through the same RPC call as a single registration, so the registry authorizes it
 * (a street officer: its own street), checks its references (R2 members, R29 one organization per
 * USCC), decides its tier (R5), audits it (R31) and publishes its events, each row in its own
 * transaction. A refused row stores nothing; the others are not held back by it. A USCC already
 * registered, or given twice in the file, is a DUPLICATE (R29).
 */
@Injectable()
export class OrganizationImporter {
  private readonly divisions = divisionLookup(Divisions.load());

  constructor(
    private readonly rpc: RpcClient,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async import(
    bytes: Buffer,
    actor: RpcActor,
    language: ApiLanguage,
    idempotencyKey?: string,
  ): Promise<OrganizationImportView> {
    const sheet = await readImportSheet(bytes);
    const keys = idempotencyKey
      ? new ImportRowKeys(this.dataSource, actor.userId, idempotencyKey)
      : undefined;
    const firstRowOfUscc = new Map<string, number>();
    const results: ImportRowView[] = new Array(sheet.rows.length);
    const toRegister: { index: number; row: SheetRow; body: Record<string, unknown> }[] = [];
    sheet.rows.forEach((row, index) => {
      const mapped = mapRow(row.cells, this.divisions);
      const name = typeof mapped.plain.name === 'string' ? mapped.plain.name : undefined;
      const violations = validateRow(mapped);
      const uscc = typeof mapped.plain.uscc === 'string' ? mapped.plain.uscc : undefined;
      const twin = uscc ? firstRowOfUscc.get(uscc) : undefined;
      if (uscc && twin === undefined) firstRowOfUscc.set(uscc, row.row);
      if (twin !== undefined) {
        violations.push({
          column: columnOfField('uscc')!.header,
          field: 'uscc',
          rule: 'R29',
          message: `rule R29: the same unified social credit code as row ${twin}`,
          messageZh: `规则 R29：统一社会信用代码与第 ${twin} 行重复`,
        });
      }
      if (violations.length > 0) {
        results[index] = {
          row: row.row,
          status: twin !== undefined ? 'DUPLICATE' : 'INVALID',
          name,
          errors: violations.map((v) => worded(v, language)),
        };
      } else {
        toRegister.push({ index, row, body: mapped.plain });
      }
    });
    let next = 0;
    const worker = async () => {
      while (next < toRegister.length) {
        const item = toRegister[next++];
        results[item.index] = await this.register(item.row.row, item.body, actor, language, keys);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const created = results.filter((r) => r.status === 'CREATED').length;
    return {
      created,
      failed: results.length - created,
      sheet: sheet.sheet,
      headerRow: sheet.headerRow,
      rows: results,
    };
  }

  /** One row, through the registry's own registration; a refusal is the row's report. */
  private async register(
    row: number,
    body: Record<string, unknown>,
    actor: RpcActor,
    language: ApiLanguage,
    keys: ImportRowKeys | undefined,
  ): Promise<ImportRowView> {
    const name = body.name as string;
    const claim = keys ? await keys.claim(row, body) : { kind: 'claimed' as const };
    if (claim.kind === 'done') {
      return { row, status: 'CREATED', name, organizationId: claim.view.id, errors: [] };
    }
    if (claim.kind !== 'claimed') {
      const message =
        claim.kind === 'changed'
          ? 'this row differs from the one sent earlier with the same Idempotency-Key; use a new key'
          : 'this row is still being registered by an earlier request with the same Idempotency-Key';
      const messageZh =
        claim.kind === 'changed'
          ? '该行与此前使用同一 Idempotency-Key 提交的内容不同，请使用新的键'
          : '使用同一 Idempotency-Key 的请求仍在登记该行，请稍后重试';
      return {
        row,
        status: 'INVALID',
        name,
        errors: [
          worded(
            { column: '', field: '(row)', rule: 'idempotencyKey', message, messageZh },
            language,
          ),
        ],
      };
    }
    try {
      const view: OrganizationView = await this.rpc.call(
        'organizations.register',
        body as unknown as RegisterOrganizationDto,
        actor,
      );
      await keys?.done(row, view);
      return { row, status: 'CREATED', name, organizationId: view.id, errors: [] };
    } catch (error) {
      await keys?.forget(row);
      // A service down (5xx) fails the whole import: the rows registered so far keep their keys.
      if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
      const refusal = refusalOf(error);
      return {
        row,
        status: refusal.duplicate ? 'DUPLICATE' : 'INVALID',
        name,
        errors: refusal.violations.map((v) => worded(v, language)),
      };
    }
  }
}

/** A violation as the report shows it, in the language the client asked for. */
function worded(v: RowViolation, language: ApiLanguage): ImportErrorView {
  const { message } = localizeViolation(v, language);
  return { column: v.column, field: v.field, rule: v.rule, message };
}
