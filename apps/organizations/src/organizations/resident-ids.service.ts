import {
  type OrganizationView,
  ResidentIdLookupDto,
  type RpcActor,
  type UnmaskedResidentIdView,
  validatePlain,
} from '@civic/contracts';
import { organizationScope } from '@civic/domain/access';
import { maskResidentId, normalizeResidentId } from '@civic/domain/identifiers';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { toView } from './organization.mapper';
import { assertVisible } from './organization-scope';
import { findOne } from './organizations.queries';
import { OrganizationsRepository } from './organizations.repository';

/**
 * Looking organizations up by a leader's resident ID number, through its keyed hash (the number
 * itself is never stored in the clear), and unmasking one (R30): needs the permission, the organization in scope,
 * and writes an audit entry (R31) before the number leaves; the entry holds only the masked form.
 */
@Injectable()
export class ResidentIdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
    private readonly repository: OrganizationsRepository,
  ) {}

  async unmask(id: string, index: number, actor: RpcActor): Promise<UnmaskedResidentIdView> {
    authorize(actor, Permission.PERSONAL_DATA_UNMASK);
    return this.dataSource.transaction(async (manager) => {
      const org = await findOne(manager, id);
      assertVisible(actor, org);
      const sealed = Number.isInteger(index) ? org.leaders[index]?.residentId : undefined;
      if (!sealed) {
        throw ServiceError.notFound('resident ID number of leader', `${id}/${index}`);
      }
      const entry = await this.audit.record(manager, {
        actor,
        action: 'personal-data.unmasked',
        entityType: 'organization',
        entityId: id,
        after: { leaderIndex: index, field: 'residentId', masked: sealed.masked },
      });
      return { residentId: this.cipher.decrypt(sealed.cipher), auditSeq: String(entry.seq) };
    });
  }

  /** Organizations in scope that this person leads; audited with the masked number only. */
  async findByResidentId(input: unknown, actor: RpcActor): Promise<OrganizationView[]> {
    authorize(actor, Permission.ORGANIZATION_READ);
    const { residentId } = validatePlain(ResidentIdLookupDto, input, 'lookup');
    const hash = this.cipher.lookupHash(residentId);
    const masked = maskResidentId(normalizeResidentId(residentId));
    const scope = organizationScope(actor);
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.ledBy(manager, scope, hash);
      await this.audit.record(manager, {
        actor,
        action: 'personal-data.looked-up',
        entityType: 'resident-id',
        entityId: masked,
        after: { found: found.map((org) => org.id) },
      });
      return found.map(toView);
    });
  }
}
