import type { RpcActor, UnmaskedResidentIdView } from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findOne } from './organization-queries.service';
import { assertInScope } from './organization-scope';

/**
 * Unmasking a leader's resident ID number (R30): needs the permission, the organization in scope,
 * and writes an audit entry (R31) before the number leaves; the entry holds only the masked form.
 */
@Injectable()
export class ResidentIdsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
  ) {}

  async unmask(id: string, index: number, actor: RpcActor): Promise<UnmaskedResidentIdView> {
    authorize(actor, Permission.PERSONAL_DATA_UNMASK);
    return this.dataSource.transaction(async (manager) => {
      const org = await findOne(manager, id);
      assertInScope(actor, org);
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
}
