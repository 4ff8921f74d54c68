import type { RegisterOrganizationDto } from '@civic/contracts';
import { ServiceError } from '@civic/platform/rpc';
import { type EntityManager, In } from 'typeorm';
import { Organization } from './organization.entity';

/**
 * A federation's member organizations are registered ones of its own street or township (R2); a
 * USCC belongs to one organization (R29).
 */
export async function checkReferences(
  manager: EntityManager,
  form: RegisterOrganizationDto,
  selfId?: string,
): Promise<void> {
  await checkMembers(manager, form, selfId);
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

/**
 * rule R2: a street or township federation counts member organizations of the registry (any tier),
 * each once (the DTO's ArrayUnique), not itself, and of the federation's own street or township.
 */
async function checkMembers(
  manager: EntityManager,
  form: RegisterOrganizationDto,
  selfId?: string,
): Promise<void> {
  const memberIds = form.memberOrganizationIds ?? [];
  if (memberIds.length === 0) return;
  const found = await manager.find(Organization, {
    select: { id: true, streetCode: true },
    where: { id: In(memberIds) },
  });
  const street = new Map(found.map((org) => [org.id, org.streetCode]));
  const missing = memberIds.filter((memberId) => !street.has(memberId) || memberId === selfId);
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
  const ownStreet = form.location?.streetCode;
  const elsewhere = ownStreet ? memberIds.filter((id) => street.get(id) !== ownStreet) : [];
  if (elsewhere.length > 0) {
    throw new ServiceError(
      422,
      'MEMBER_OF_ANOTHER_STREET',
      `rule R2: member organizations must be of the federation's street ${ownStreet}: ${elsewhere.join(', ')}`,
      [
        {
          field: 'memberOrganizationIds',
          rule: 'R2',
          message: `rule R2: of another street or township: ${elsewhere.join(', ')}`,
          messageZh: `规则 R2：以下成员组织不属于本街道（乡镇）：${elsewhere.join('，')}`,
        },
      ],
      '规则 R2：联合会的成员组织须属于本街道（乡镇）',
    );
  }
}
