import { IdRef, type RpcActor, validatePlain } from '@civic/contracts';
import { hasPermission, organizationScope, Permission } from '@civic/domain/access';
import type { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import type { DataSource, EntityManager } from 'typeorm';
import type { PersonalDataCipher } from './personal-data-cipher';
import type { SealedPayeeAccount } from './sealed-contact';

/** What one kind of record tells an unmasking of its phone or payee account (R30, R31). */
export interface UnmaskableRecord<R, V> {
  /** The record as its unknown-id answer names it, e.g. 'venture proposal'. */
  what: string;
  /** The audit entry's entity type, e.g. 'proposal'. */
  entityType: string;
  /** The record by id, or null when there is none. */
  load(manager: EntityManager, id: string): Promise<R | null>;
  /** The organization the record belongs to (its applicant's binding); null when none. */
  organizationOf(record: R): string | null;
  /** Each field the unmasking opens, with its masked form: all the audit entry holds (R30). */
  masked(record: R): Record<string, string>;
  /** The numbers in full. */
  open(record: R): V;
}

/** The receipt every unmasking answers with: the audit entry that recorded it (R31). */
export interface UnmaskReceipt {
  auditSeq: string;
}

/**
 * Shows a record's sealed phone or payee account number in full (R30): it needs the permission
 * (officers who call applicants, finance staff who pay them, R28), the record visible to the caller
 * (else answered as an unknown id, issue #15), and writes an audit entry (R31) before the numbers
 * leave, naming the fields and holding only their masked forms. A refusal records nothing.
 */
export async function unmaskAudited<R, V extends object>(
  deps: { dataSource: DataSource; audit: AuditTrail },
  actor: RpcActor,
  id: unknown,
  record: UnmaskableRecord<R, V>,
): Promise<V & UnmaskReceipt> {
  authorize(actor, Permission.CONTACT_UNMASK);
  const { id: valid } = validatePlain(IdRef, { id }, record.entityType);
  return deps.dataSource.transaction(async (manager) => {
    const row = await record.load(manager, valid);
    if (!row) throw ServiceError.notFound(record.what, valid);
    if (!mayUnmaskOf(actor, record.organizationOf(row))) {
      throw ServiceError.notVisible(record.what, valid);
    }
    const masked = record.masked(row);
    const entry = await deps.audit.record(manager, {
      actor,
      action: 'personal-data.unmasked',
      entityType: record.entityType,
      entityId: valid,
      after: { fields: Object.keys(masked), masked },
    });
    return { ...record.open(row), auditSeq: String(entry.seq) };
  });
}

/**
 * Whose numbers an actor may see (domain.md "Actors"): finance staff pay every programme's (R28)
 * and officers see every record; an actor bound to one organization only its own; anyone else none.
 */
export function mayUnmaskOf(
  actor: Pick<RpcActor, 'roles' | 'organizationId' | 'baseId' | 'streetCode'>,
  organizationId: string | null,
): boolean {
  if (hasPermission(actor.roles, Permission.FINANCE_READ)) return true;
  const scope = organizationScope(actor);
  if (scope.kind === 'all') return true;
  return (
    scope.kind === 'organization' &&
    organizationId !== null &&
    scope.organizationId === organizationId
  );
}

/** A payee account opened for an unmasking view: the number in full, holder and bank (R30). */
export function openedAccount(
  cipher: PersonalDataCipher,
  sealed: SealedPayeeAccount,
): { accountNumber: string; accountName: string; bankName: string } {
  return {
    accountNumber: cipher.decrypt(sealed.accountNumberSealed),
    accountName: sealed.accountName,
    bankName: sealed.bankName,
  };
}
