import type { RpcActor, UnmaskedAccountView } from '@civic/contracts';
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
import { Contract } from './contract.entity';

/**
 * Unmasking a contract's payee account number (R25, R30): officers and the finance staff who pay
 * its instalments (R28) only, the contract visible to the caller (an undertaker of another kind
 * belongs to no organization), audited (R31) with the masked form only (unmaskAudited).
 */
@Injectable()
export class ContractAccountUnmaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  unmask(id: unknown, actor: RpcActor): Promise<UnmaskedAccountView> {
    const deps = { dataSource: this.dataSource, audit: this.audit };
    return unmaskAudited(deps, actor, id, contractAccount(this.cipher));
  }
}

/** A contract's payee account, as its unmasking opens it. */
function contractAccount(
  cipher: PersonalDataCipher,
): UnmaskableRecord<Contract, Omit<UnmaskedAccountView, 'auditSeq'>> {
  return {
    what: 'contract',
    entityType: 'contract',
    load: (manager, id) => manager.findOneBy(Contract, { id }),
    organizationOf: (row) => row.organizationId,
    masked: (row) => ({ 'bankAccount.accountNumber': row.bankAccount.accountNumberMasked }),
    open: (row) => openedAccount(cipher, row.bankAccount),
  };
}
