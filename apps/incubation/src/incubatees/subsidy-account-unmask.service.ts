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
import { StartupSubsidy } from './startup-subsidy.entity';

/**
 * Unmasking the payee account number of an incubatee's start-up subsidy (R15, R30): officers and
 * the finance staff who pay it (R28) only, the incubatee visible to the caller, audited (R31) on
 * the incubatee with the masked form only (unmaskAudited). An incubatee that asked for no subsidy
 * answers as an unknown one.
 */
@Injectable()
export class SubsidyAccountUnmaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  unmask(incubateeId: string, actor: RpcActor): Promise<UnmaskedAccountView> {
    const deps = { dataSource: this.dataSource, audit: this.audit };
    return unmaskAudited(deps, actor, incubateeId, subsidyAccount(this.cipher));
  }
}

/** The subsidy's payee account, found by its incubatee, as its unmasking opens it. */
function subsidyAccount(
  cipher: PersonalDataCipher,
): UnmaskableRecord<StartupSubsidy, Omit<UnmaskedAccountView, 'auditSeq'>> {
  return {
    what: 'start-up subsidy of incubatee',
    entityType: 'incubatee',
    load: (manager, incubateeId) => manager.findOneBy(StartupSubsidy, { incubateeId }),
    organizationOf: (row) => row.organizationId,
    masked: (row) => ({
      'startupSubsidy.bankAccount.accountNumber': row.bankAccount.accountNumberMasked,
    }),
    open: (row) => openedAccount(cipher, row.bankAccount),
  };
}
