import { randomUUID } from 'node:crypto';
import {
  ApplyDirectoryEntryDto,
  DecideDirectoryEntryDto,
  type DirectoryEntryView,
  IdRef,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { hasPermission, Permission } from '@civic/domain/access';
import {
  checkUndertaker,
  decideDirectoryEntry,
  DIRECTORY_ACTIVE_STATUSES,
  type UndertakerRefusal,
} from '@civic/domain/procurement';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher, sealPhone } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { CatalogueItem } from '../catalogue/catalogue-item.entity';
import {
  type DirectoryApplicant,
  enteredUndertaker,
  ownOrganizationApplicant,
} from './directory-applicant';
import { DirectoryEntry } from './directory-entry.entity';
import { directoryEntryView } from './directory.mapper';

/** The code a second pending or listed entry of one undertaker is refused with (409), checked or raced. */
export const DUPLICATE_ENTRY = 'RULE_R24_DUPLICATE_DIRECTORY_ENTRY';

/**
 * The directory of undertakers fit to take on community services (承接社区服务的社会组织指导目录,
 * R24): an organization's applicant applies for it, officers enter undertakers of other kinds on
 * their behalf (Order 102 art. 6–8, R25) and decide every entry through its state machine.
 */
@Injectable()
export class DirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async apply(input: unknown, actor: RpcActor): Promise<DirectoryEntryView> {
    const officer = hasPermission(actor.roles, Permission.PROCUREMENT_DIRECTORY_MANAGE);
    if (!officer) authorize(actor, Permission.PROCUREMENT_APPLY);
    const dto = validatePlain(ApplyDirectoryEntryDto, input, 'application');
    return this.dataSource.transaction(async (manager) => {
      const who = officer
        ? enteredUndertaker(dto)
        : await ownOrganizationApplicant(manager, dto, actor);
      const check = checkUndertaker({
        kind: who.kind,
        creditCode: who.creditCode,
        residentId: who.residentId,
        registryOrganization: who.organizationId !== null,
      });
      if (!check.ok) throw undertakerRefused(check);
      await refuseUnknownCategories(manager, dto.serviceCategories);
      const residentId = who.residentId ? this.cipher.sealResidentId(who.residentId) : null;
      const phone = sealPhone(this.cipher, dto.contactPhone);
      await refuseDuplicate(manager, who, residentId?.hash ?? null);
      const id = randomUUID();
      await manager.insert(DirectoryEntry, {
        id,
        kind: who.kind,
        name: who.name,
        organizationId: who.organizationId,
        creditCode: who.creditCode,
        residentIdSealed: residentId?.cipher ?? null,
        residentIdHash: residentId?.hash ?? null,
        residentIdMasked: residentId?.masked ?? null,
        serviceAreas: dto.serviceAreas,
        serviceCategories: dto.serviceCategories,
        contactName: dto.contactName,
        contactPhone: phone.cipher,
        contactPhoneMasked: phone.masked,
        status: 'PENDING',
        statusReason: null,
        decidedBy: null,
        decidedAt: null,
        listedAt: null,
        performance: [],
        appliedBy: actor.userId,
      });
      const view = directoryEntryView(await manager.findOneByOrFail(DirectoryEntry, { id }));
      // The view, not the row: the trail keeps masked numbers only (R30).
      await this.audit.record(manager, {
        actor,
        action: 'directory-entry.applied',
        entityType: 'directory-entry',
        entityId: id,
        after: view,
      });
      return view;
    });
  }

  /** An officer lists or refuses an application, or removes a listed entry (R24), audited (R31). */
  async decide(id: unknown, input: unknown, actor: RpcActor): Promise<DirectoryEntryView> {
    authorize(actor, Permission.PROCUREMENT_DIRECTORY_MANAGE);
    const ref = validatePlain(IdRef, { id }, 'entry');
    const dto = validatePlain(DecideDirectoryEntryDto, input, 'decision');
    return this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOne(DirectoryEntry, {
        where: { id: ref.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entry) throw ServiceError.notFound('directory entry', ref.id);
      const transition = decideDirectoryEntry(entry.status, dto.decision, dto.reason);
      if (!transition.ok) {
        if (transition.kind === 'TRANSITION') {
          throw new ServiceError(
            409,
            'STATE_TRANSITION_REFUSED',
            transition.message,
            undefined,
            transition.messageZh,
          );
        }
        throw new ServiceError(422, 'RULE_R24_REASON_REQUIRED', transition.message, [
          {
            field: 'reason',
            rule: 'R24',
            message: transition.message,
            messageZh: transition.messageZh,
          },
        ]);
      }
      const before = directoryEntryView(entry);
      await manager.update(
        DirectoryEntry,
        { id: entry.id, status: entry.status },
        {
          status: transition.next,
          statusReason: dto.reason ?? null,
          decidedBy: actor.userId,
          decidedAt: () => 'now()',
          ...(transition.next === 'LISTED' ? { listedAt: () => 'now()' } : {}),
        },
      );
      const after = directoryEntryView(
        await manager.findOneByOrFail(DirectoryEntry, { id: entry.id }),
      );
      await this.audit.record(manager, {
        actor,
        action: `directory-entry.${transition.next.toLowerCase()}`,
        entityType: 'directory-entry',
        entityId: entry.id,
        before,
        after,
      });
      return after;
    });
  }
}

/** 422 naming the field, the rule and (for a category-1 public institution) Order 102 art. 8. */
function undertakerRefused(refusal: UndertakerRefusal): ServiceError {
  return new ServiceError(
    422,
    refusal.code,
    refusal.message,
    [
      {
        field: refusal.field,
        rule: refusal.rule,
        message: refusal.message,
        messageZh: refusal.messageZh,
      },
    ],
    refusal.messageZh,
  );
}

/** Each service category is a first-level category of the catalogue (R24); 422 naming the ones not. */
async function refuseUnknownCategories(
  manager: EntityManager,
  categories: readonly string[],
): Promise<void> {
  const rows: { category1: string }[] = await manager
    .createQueryBuilder(CatalogueItem, 'i')
    .select('DISTINCT i.category1', 'category1')
    .where('i.category1 = ANY(:categories)', { categories })
    .getRawMany();
  const known = new Set(rows.map((r) => r.category1));
  const violations = categories.flatMap((category, i) =>
    known.has(category)
      ? []
      : [
          {
            field: `serviceCategories.${i}`,
            rule: 'R24',
            message: `rule R24: ${category} is not a first-level category of the catalogue of services the government purchases`,
            messageZh: `规则 R24：${category} 不是政府购买服务指导性目录的一级分类`,
          },
        ],
  );
  if (violations.length > 0) {
    throw new ServiceError(
      422,
      'RULE_R24_CATEGORY',
      violations.map((v) => v.message).join('; '),
      violations,
    );
  }
}

/**
 * One pending or listed entry per registered organization, per credit code and per individual
 * (409). The partial unique indexes answer a race the same way (database.ts constraints).
 */
async function refuseDuplicate(
  manager: EntityManager,
  who: DirectoryApplicant,
  residentIdHash: string | null,
): Promise<void> {
  const keys = (
    [
      { column: 'organizationId', value: who.organizationId, field: 'organizationId' },
      { column: 'creditCode', value: who.creditCode, field: 'creditCode' },
      { column: 'residentIdHash', value: residentIdHash, field: 'residentId' },
    ] as const
  ).filter((k) => k.value !== null);
  if (keys.length === 0) return;
  const existing = await manager
    .createQueryBuilder(DirectoryEntry, 'e')
    .where('e.status IN (:...active)', { active: DIRECTORY_ACTIVE_STATUSES })
    .andWhere(
      new Brackets((w) => {
        for (const [i, key] of keys.entries())
          w.orWhere(`e.${key.column} = :k${i}`, { [`k${i}`]: key.value });
      }),
    )
    .getOne();
  if (!existing) return;
  const key = keys.find((k) => existing[k.column] === k.value) ?? keys[0];
  const message = `rule R24: this undertaker has a ${existing.status.toLowerCase()} directory entry already (${key.field})`;
  throw new ServiceError(
    409,
    DUPLICATE_ENTRY,
    message,
    [
      {
        field: key.field,
        rule: 'R24',
        message,
        messageZh: '规则 R24：该承接主体已有待审核或已列入的目录条目，请勿重复申请',
      },
    ],
    '该承接主体已有待审核或已列入的目录条目，请勿重复申请',
  );
}
