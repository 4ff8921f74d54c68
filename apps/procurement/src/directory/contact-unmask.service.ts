import type { RpcActor, UnmaskedPhoneView } from '@civic/contracts';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher, type UnmaskableRecord, unmaskAudited } from '@civic/platform/pii';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DirectoryEntry } from './directory-entry.entity';

/**
 * Unmasking a directory entry's contact phone (R24, R30): officers who call the undertaker and
 * finance staff only, the entry visible to the caller (an undertaker of another kind belongs to no
 * organization), audited (R31) with the masked form only (unmaskAudited). The resident ID number
 * of an individual is not opened here: that takes personal-data.unmask.
 */
@Injectable()
export class DirectoryContactUnmaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  unmask(id: unknown, actor: RpcActor): Promise<UnmaskedPhoneView> {
    const deps = { dataSource: this.dataSource, audit: this.audit };
    return unmaskAudited(deps, actor, id, entryContact(this.cipher));
  }
}

/** A directory entry's phone, as its unmasking opens it. */
function entryContact(
  cipher: PersonalDataCipher,
): UnmaskableRecord<DirectoryEntry, Omit<UnmaskedPhoneView, 'auditSeq'>> {
  return {
    what: 'directory entry',
    entityType: 'directory-entry',
    load: (manager, id) => manager.findOneBy(DirectoryEntry, { id }),
    organizationOf: (row) => row.organizationId,
    masked: (row) => ({ contactPhone: row.contactPhoneMasked }),
    open: (row) => ({ contactPhone: cipher.decrypt(row.contactPhone) }),
  };
}
