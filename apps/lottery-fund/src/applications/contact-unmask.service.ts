import {
  IdRef,
  type RpcActor,
  type UnmaskedApplicationContactView,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, organizationScope, Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { openPayeeAccount, PersonalDataCipher } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/** The fields an unmasking opens, as its audit entry names them (R31). */
const UNMASKED_FIELDS = ['contactPhone', 'bankAccount.accountNumber'] as const;

/**
 * Unmasking an application's phone and payee account number (R30): it needs the permission
 * (officers who call applicants, finance staff who pay them, R28), the application visible to the
 * caller, and writes an audit entry (R31) before the numbers leave, naming the fields and holding
 * only their masked forms.
 */
@Injectable()
export class ContactUnmaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  async unmask(id: string, actor: RpcActor): Promise<UnmaskedApplicationContactView> {
    authorize(actor, Permission.CONTACT_UNMASK);
    const { id: valid } = validatePlain(IdRef, { id }, 'application');
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneBy(SubsidyApplication, { id: valid });
      if (!row) throw ServiceError.notFound('subsidy application', valid);
      if (!visible(actor, row)) throw ServiceError.notVisible('subsidy application', valid);
      const entry = await this.audit.record(manager, {
        actor,
        action: 'personal-data.unmasked',
        entityType: 'subsidy-application',
        entityId: valid,
        after: {
          fields: [...UNMASKED_FIELDS],
          masked: {
            contactPhone: row.contactPhoneMasked,
            'bankAccount.accountNumber': row.bankAccount.accountNumberMasked,
          },
        },
      });
      const account = openPayeeAccount(this.cipher, row.bankAccount);
      return {
        contactPhone: this.cipher.decrypt(row.contactPhone),
        accountNumber: account.accountNumber,
        accountName: account.accountName,
        bankName: account.bankName,
        auditSeq: String(entry.seq),
      };
    });
  }
}

/**
 * Officers see every application, and finance staff pay every programme's (R28); an actor bound
 * to one organization would see only its own, and anyone else none (domain.md "Actors").
 */
function visible(actor: RpcActor, row: SubsidyApplication): boolean {
  if (hasPermission(actor.roles, Permission.FINANCE_READ)) return true;
  const scope = organizationScope(actor);
  if (scope.kind === 'all') return true;
  return scope.kind === 'organization' && scope.organizationId === row.organizationId;
}
