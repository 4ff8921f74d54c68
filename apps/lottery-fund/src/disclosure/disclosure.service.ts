import { randomUUID } from 'node:crypto';
import {
  CorrectNoticeDto,
  IdRef,
  type NoticeContentDto,
  type NoticePage,
  NoticesQuery,
  type NoticeView,
  ObjectionDto,
  type ObjectionView,
  pageWindow,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import {
  canObject,
  checkCorrection,
  LOTTERY_FUNDED_LABEL,
  publicityWindow,
} from '@civic/domain/lottery';
import { AuditTrail } from '@civic/platform/audit';
import { PersonalDataCipher, sealContact } from '@civic/platform/pii';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SubsidyApplication } from '../applications/entities/subsidy-application.entity';
import type { SubsidyProgramme } from '../programmes/entities/subsidy-programme.entity';
import { DisclosureRepository } from './disclosure.repository';
import { DisclosureNotice } from './entities/disclosure-notice.entity';
import { Objection } from './entities/objection.entity';
import { noticeView } from './notice.mapper';

/**
 * Disclosure (R23). An approval publishes a publicity notice (公示) of the project's name, unit,
 * amount, contact and purpose, labelled 彩票公益金资助, open to objections for 7 days. Anyone reads
 * notices without logging in. A notice is never edited: an officer corrects it with a new one.
 */
@Injectable()
export class DisclosureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: DisclosureRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** In the approval's transaction: the publicity notice of an approved application. */
  async publishApproval(
    manager: EntityManager,
    application: SubsidyApplication,
    programme: SubsidyProgramme,
    approvedAt: Date,
  ): Promise<DisclosureNotice> {
    const notice = manager.create(DisclosureNotice, {
      id: randomUUID(),
      kind: 'PUBLICITY',
      fiscalYear: programme.fiscalYear,
      applicationId: application.id,
      title: `${programme.name}拟资助项目公示：${application.projectName}`,
      content: {
        projectName: application.projectName,
        unit: application.organizationName,
        amountFen: application.requestedFen,
        contactName: application.contactName,
        // R23 publishes the project's contact: the one place its phone is opened, for the public.
        contactPhone: this.cipher.decrypt(application.contactPhone),
        purpose: programme.purpose,
        label: LOTTERY_FUNDED_LABEL,
      },
      publishedAt: approvedAt,
      corrects: null,
      correctionReason: null,
      objectionsUntil: publicityWindow(approvedAt).endsAt,
    });
    await manager.insert(DisclosureNotice, notice);
    return notice;
  }

  /**
   * In the transaction of a refusal by finance or a withdrawal (R23): the application's publicity
   * notice in force is corrected by a retraction, a new notice whose amount is 0 and which says
   * why, so the public notices never show a subsidy that will not be paid. Published notices stay
   * as they were. Nothing to retract when no notice was published.
   */
  async retract(
    manager: EntityManager,
    application: SubsidyApplication,
    reason: string,
  ): Promise<DisclosureNotice | null> {
    const notices = await manager.find(DisclosureNotice, {
      where: { applicationId: application.id, kind: 'PUBLICITY' },
      order: { publishedAt: 'ASC', id: 'ASC' },
    });
    const corrected = new Set(notices.map((n) => n.corrects));
    const inForce = notices.find((n) => !corrected.has(n.id));
    if (!inForce) return null;
    const content = inForce.content as NoticeContentDto;
    const retraction = manager.create(DisclosureNotice, {
      ...inForce,
      id: randomUUID(),
      title: `【撤销】${inForce.title.replace(/^【(更正|撤销)】/, '')}`,
      content: { ...content, amountFen: 0 },
      publishedAt: new Date(),
      corrects: inForce.id,
      correctionReason: reason,
      objectionsUntil: null,
    });
    await manager.insert(DisclosureNotice, retraction);
    return retraction;
  }

  /** Public: the year's notices, newest first, each saying whether a correction replaced it. */
  async list(input: unknown): Promise<NoticePage> {
    const query = validatePlain(NoticesQuery, input ?? {}, 'query');
    const { fiscalYear } = query;
    const { page, pageSize, skip, take } = pageWindow(query);
    const [notices, total] = await this.dataSource.getRepository(DisclosureNotice).findAndCount({
      where: fiscalYear ? { fiscalYear } : {},
      order: { publishedAt: 'DESC', id: 'ASC' },
      skip,
      take,
    });
    const ids = notices.map((n) => n.id);
    // A notice is in force until a correction (anywhere in the list, not only on this page) names it.
    const corrected = await this.repository.corrected(ids);
    const objections = await this.repository.objectionCounts(ids);
    const items = notices.map((n) =>
      noticeView(n, !corrected.has(n.id), objections.get(n.id) ?? 0),
    );
    return { items, total, page, pageSize };
  }

  /** Public: an objection to a notice, taken only during its publicity period. */
  async object(id: string, input: unknown): Promise<ObjectionView> {
    validatePlain(IdRef, { id }, 'notice');
    const dto = validatePlain(ObjectionDto, input, 'objection');
    const notice = await this.dataSource.getRepository(DisclosureNotice).findOneBy({ id });
    if (!notice) throw ServiceError.notFound('notice', id);
    const now = new Date();
    if (
      !notice.objectionsUntil ||
      !canObject(now, { startsAt: notice.publishedAt, endsAt: notice.objectionsUntil })
    ) {
      throw new ServiceError(
        409,
        'RULE_R23_PUBLICITY_OVER',
        'rule R23: objections are taken only during the publicity period of this notice',
        undefined,
        '规则 R23：该公告不在公示期内，不再受理异议',
      );
    }
    // R30: whoever objects is answered at a contact stored sealed.
    const objection = {
      id: randomUUID(),
      noticeId: id,
      ...dto,
      contact: sealContact(this.cipher, dto.contact).cipher,
    };
    const saved = await this.dataSource.getRepository(Objection).save(objection);
    return { id: saved.id, noticeId: id, receivedAt: saved.receivedAt.toISOString() };
  }

  /** An officer corrects a notice with a new one pointing to it (R23); audited (R31). */
  async correct(id: string, input: unknown, actor: RpcActor): Promise<NoticeView> {
    authorize(actor, Permission.SUBSIDY_PROGRAMME_MANAGE);
    validatePlain(IdRef, { id }, 'notice');
    const dto = validatePlain(CorrectNoticeDto, input, 'correction');
    return this.dataSource.transaction(async (manager) => {
      const original = await manager.findOneBy(DisclosureNotice, { id });
      if (!original) throw ServiceError.notFound('notice', id);
      if (original.kind === 'ANNUAL_REPORT') {
        throw new ServiceError(
          409,
          'RULE_R23_REGENERATE_ANNUAL_REPORT',
          'rule R23: an annual report is corrected by publishing the year again, with a reason',
          undefined,
          '规则 R23：年度公告请通过重新生成并发布（说明更正理由）进行更正',
        );
      }
      const content = original.content as NoticeContentDto;
      const all = await manager.findBy(DisclosureNotice, { fiscalYear: original.fiscalYear });
      const correction = manager.create(DisclosureNotice, {
        ...original,
        id: randomUUID(),
        title: `【更正】${original.title}`,
        content: { ...dto.content, purpose: content.purpose, label: LOTTERY_FUNDED_LABEL },
        publishedAt: new Date(),
        corrects: id,
        correctionReason: dto.reason,
      });
      const check = checkCorrection(
        all.map((n) => ({
          id: n.id,
          kind: n.kind,
          publishedAt: n.publishedAt,
          ...(n.corrects ? { corrects: n.corrects } : {}),
        })),
        {
          id: correction.id,
          kind: correction.kind,
          publishedAt: correction.publishedAt,
          corrects: id,
        },
      );
      if (!check.ok) {
        throw new ServiceError(
          409,
          `RULE_R23_${check.reason}`,
          check.message,
          undefined,
          check.messageZh,
        );
      }
      await manager.insert(DisclosureNotice, correction);
      await this.audit.record(manager, {
        actor,
        action: 'disclosure-notice.corrected',
        entityType: 'disclosure-notice',
        entityId: correction.id,
        before: original,
        after: correction,
      });
      return noticeView(correction, true, 0);
    });
  }
}
