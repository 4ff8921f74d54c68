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
import { Proposal } from './proposal.entity';

/**
 * Unmasking a proposal's phone and payee account number (R30): officers who call the applicant
 * and finance staff who pay its tranches (R19, R28) only, the proposal visible to the caller,
 * audited (R31) with the masked forms only (unmaskAudited).
 */
@Injectable()
export class ProposalContactUnmaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  unmask(id: string, actor: RpcActor): Promise<UnmaskedApplicationContactView> {
    const deps = { dataSource: this.dataSource, audit: this.audit };
    return unmaskAudited(deps, actor, id, proposalContact(this.cipher));
  }
}

/** A proposal's phone and payee account, as its unmasking opens them. */
function proposalContact(
  cipher: PersonalDataCipher,
): UnmaskableRecord<Proposal, Omit<UnmaskedApplicationContactView, 'auditSeq'>> {
  return {
    what: 'proposal',
    entityType: 'proposal',
    load: (manager, id) => manager.findOneBy(Proposal, { id }),
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
