import type { RpcActor, UnmaskedApplicationContactView } from '@civic/contracts';
import { AuditTrail } from '@civic/platform/audit';
import {
  openedAccount,
  PersonalDataCipher,
  type UnmaskableRecord,
  unmaskAudited,
} from '@civic/platform/pii';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SubsidyApplication } from './entities/subsidy-application.entity';

/**
 * Unmasking an application's phone and payee account number (R30): it needs the permission
 * (officers who call applicants, finance staff who pay them, R28), the application visible to the
 * caller, and writes an audit entry (R31) before the numbers leave, naming the fields and holding
 * only their masked forms (unmaskAudited).
 */
@Injectable()
export class ContactUnmaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  unmask(id: string, actor: RpcActor): Promise<UnmaskedApplicationContactView> {
    const deps = { dataSource: this.dataSource, audit: this.audit };
    return unmaskAudited(deps, actor, id, applicationContact(this.cipher));
  }
}

/** An application's phone and payee account, as its unmasking opens them. */
function applicationContact(
  cipher: PersonalDataCipher,
): UnmaskableRecord<SubsidyApplication, Omit<UnmaskedApplicationContactView, 'auditSeq'>> {
  return {
    what: 'subsidy application',
    entityType: 'subsidy-application',
    load: (manager, id) => manager.findOneBy(SubsidyApplication, { id }),
    organizationOf: (row) => row.organizationId,
    masked: (row) => ({
      contactPhone: row.contactPhoneMasked,
      'bankAccount.accountNumber': row.bankAccount.accountNumberMasked,
    }),
    open: (row) => ({
      contactPhone: cipher.decrypt(row.contactPhone),
      ...openedAccount(cipher, row.bankAccount),
    }),
  };
}
