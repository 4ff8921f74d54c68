import type { RpcActor, UnmaskedOrganizationContactView } from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher } from '@civic/platform/pii';
import { authorize } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Organization } from './organization.entity';
import { assertVisible } from './organization-scope';
import { findOne } from './organizations.queries';

/**
 * Unmasking an organization's postal contact phone (R4) and its custodian's account number (R3)
 * (R30): it needs the permission (officers who call organizations, finance staff who pay them,
 * R28), the organization visible to the caller, and writes an audit entry (R31) before the
 * numbers leave, naming the fields and holding only their masked forms.
 */
@Injectable()
export class OrganizationContactUnmaskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  async unmask(id: string, actor: RpcActor): Promise<UnmaskedOrganizationContactView> {
    authorize(actor, Permission.CONTACT_UNMASK);
    return this.dataSource.transaction(async (manager) => {
      const org = await findOne(manager, id);
      // Finance staff pay every organization (R28); anyone else sees those in their scope.
      if (!hasPermission(actor.roles, Permission.FINANCE_READ)) assertVisible(actor, org);
      const custodian = org.financialCustodian;
      const entry = await this.audit.record(manager, {
        actor,
        action: 'personal-data.unmasked',
        entityType: 'organization',
        entityId: org.id,
        after: { fields: unmaskedFields(org), masked: maskedForms(org) },
      });
      return {
        contactPhone: this.cipher.decrypt(org.postalAddress.contactPhone),
        ...(custodian
          ? { custodianAccountNumber: this.cipher.decrypt(custodian.accountNumberSealed) }
          : {}),
        auditSeq: String(entry.seq),
      };
    });
  }
}

/** The fields an unmasking opens, as its audit entry names them (R31). */
function unmaskedFields(org: Organization): string[] {
  return [
    'postalAddress.contactPhone',
    ...(org.financialCustodian ? ['financialCustodian.accountNumber'] : []),
  ];
}

function maskedForms(org: Organization): Record<string, string> {
  return {
    'postalAddress.contactPhone': org.postalContactPhoneMasked,
    ...(org.financialCustodian
      ? { 'financialCustodian.accountNumber': org.financialCustodian.accountNumberMasked }
      : {}),
  };
}
