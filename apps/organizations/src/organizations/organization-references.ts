import type { RegisterOrganizationDto } from '@civic/contracts';
import { ServiceError } from '@civic/platform/rpc';
import { type EntityManager, In } from 'typeorm';
import { Organization } from './organization.entity';

/** A federation's member organizations must exist; a USCC belongs to one organization (R29). */
export async function checkReferences(
  manager: EntityManager,
  form: RegisterOrganizationDto,
  selfId?: string,
): Promise<void> {
  const memberIds = form.memberOrganizationIds ?? [];
  if (memberIds.length > 0) {
    const found = await manager.find(Organization, {
      select: { id: true },
      where: { id: In(memberIds) },
    });
    const known = new Set(found.map((org) => org.id));
    const missing = memberIds.filter((memberId) => !known.has(memberId) || memberId === selfId);
    if (missing.length > 0) {
      throw new ServiceError(
        422,
        'UNKNOWN_MEMBER_ORGANIZATIONS',
        `unknown member organizations: ${missing.join(', ')}`,
        [
          {
            field: 'memberOrganizationIds',
            rule: 'exists',
            message: `unknown or self: ${missing.join(', ')}`,
          },
        ],
      );
    }
  }
  if (form.uscc) {
    const holder = await manager.findOne(Organization, {
      select: { id: true },
      where: { uscc: form.uscc },
    });
    if (holder && holder.id !== selfId) {
      throw new ServiceError(
        409,
        'USCC_TAKEN',
        `unified social credit code ${form.uscc} is already registered`,
        [
          {
            field: 'uscc',
            rule: 'R29',
            message: 'another organization has this code',
            messageZh: '该统一社会信用代码已被登记',
          },
        ],
        '统一社会信用代码已被登记',
      );
    }
  }
}
