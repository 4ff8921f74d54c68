import type { RpcActor, UnmaskedPhoneView } from '@civic/contracts';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher, type UnmaskableRecord, unmaskAudited } from '@civic/platform/pii';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AdmissionApplication } from './admission.entity';

/**
 * Unmasking an admission application's contact phone (R30): officers who call the applicant and
 * finance staff only, the application visible to the caller (a founding group's belongs to no
 * organization), audited (R31) with the masked form only (unmaskAudited).
 */
@Injectable()
export class AdmissionContactUnmaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  unmask(id: string, actor: RpcActor): Promise<UnmaskedPhoneView> {
    const deps = { dataSource: this.dataSource, audit: this.audit };
    return unmaskAudited(deps, actor, id, admissionContact(this.cipher));
  }
}

/** An admission application's phone, as its unmasking opens it. */
function admissionContact(
  cipher: PersonalDataCipher,
): UnmaskableRecord<AdmissionApplication, Omit<UnmaskedPhoneView, 'auditSeq'>> {
  return {
    what: 'admission application',
    entityType: 'admission-application',
    load: (manager, id) => manager.findOneBy(AdmissionApplication, { id }),
    organizationOf: (row) => row.organizationId,
    masked: (row) => ({ contactPhone: row.contactPhoneMasked }),
    open: (row) => ({ contactPhone: cipher.decrypt(row.contactPhone) }),
  };
}
