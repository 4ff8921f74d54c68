import {
  AUDIT_PAGE_SIZE,
  type AuditEntryPage,
  type AuditEntryView,
  AuditSearchQuery,
  type AuditVerificationView,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { auditCountSql, auditPageSql } from './audit-query';
import { maskPersonalData } from './audit-redaction';
import type { PgQueryable } from './audit-rows';
import { auditSchemaOf } from './audit-trail';
import { SingleFlight, verificationView } from './audit-verification';
import { verifyAuditChain } from './verify-audit-chain';

/** A row of the search as `pg` parses it. */
interface AuditSearchRow {
  seq: string;
  occurred_at: Date;
  actor_id: string;
  actor_roles: string[];
  action: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  hash: string;
}

/**
 * Reads the service's own audit chain for administrators (rule R31): a search by subject, actor,
 * action and days, a page at a time, newest first; and the verification of the whole chain.
 * Both need audit.read, checked here whoever calls (the gateway's guard is the first check only).
 * Personal data leaves masked (R30, maskPersonalData). Used by the service's AuditRpcModule and by
 * the gateway for its own chain.
 */
@Injectable()
export class AuditReader {
  private readonly verifications = new SingleFlight<AuditVerificationView>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(input: unknown, actor: RpcActor | undefined): Promise<AuditEntryPage> {
    authorize(actor, Permission.AUDIT_READ);
    const query = validatePlain(AuditSearchQuery, input, 'audit search');
    const window = {
      page: query.page ?? 1,
      pageSize: query.pageSize ?? AUDIT_PAGE_SIZE,
      beforeSeq: query.beforeSeq,
    };
    const schema = this.schema();
    const page = auditPageSql(schema, query, window);
    const count = auditCountSql(schema, query);
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(page.text, page.values) as Promise<AuditSearchRow[]>,
      this.dataSource.query(count.text, count.values) as Promise<{ total: string }[]>,
    ]);
    const items = rows.map(toView);
    const last = items.at(-1);
    return {
      items,
      total: Number(total),
      page: window.page,
      pageSize: window.pageSize,
      ...(items.length === window.pageSize && last && last.seq > 1
        ? { nextBeforeSeq: last.seq }
        : {}),
    };
  }

  /** The whole chain verified from seq 1 (see verifyAuditChain); concurrent asks share one run. */
  async verify(actor: RpcActor | undefined, service: string): Promise<AuditVerificationView> {
    authorize(actor, Permission.AUDIT_READ);
    const schema = this.schema();
    return this.verifications.run(schema, async () =>
      verificationView(service, await verifyAuditChain(this.pg(), schema), new Date()),
    );
  }

  private schema(): string {
    return auditSchemaOf(this.dataSource.manager);
  }

  /** The data source as the verifier's `pg`-like client: `query` answering `{ rows }`. */
  private pg(): PgQueryable {
    return {
      query: async (text: string, values?: unknown[]) =>
        ({ rows: await this.dataSource.query(text, values) }) as never,
    };
  }
}

function toView(row: AuditSearchRow): AuditEntryView {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurred_at.toISOString(),
    actorId: row.actor_id,
    actorRoles: row.actor_roles,
    action: row.action,
    entityType: row.entity_type,
    entityId: maskPersonalData(row.entity_id) as string,
    before: maskPersonalData(row.before) as AuditEntryView['before'],
    after: maskPersonalData(row.after) as AuditEntryView['after'],
    ...(row.request_id ? { requestId: row.request_id } : {}),
    hash: row.hash,
  };
}
