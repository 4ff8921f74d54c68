import { randomUUID } from 'node:crypto';
import {
  FiscalYearQuery,
  type NoticeView,
  PublishAnnualReportDto,
  type RpcActor,
  validatePlain,
} from '@civic/contracts';
import { Permission } from '@civic/domain/access';
import { buildAnnualReport, isYearOver } from '@civic/domain/lottery';
import { AuditTrail } from '@civic/platform/audit';
import { authorize, ServiceError } from '@civic/platform/rpc';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DisclosureRepository } from './disclosure.repository';
import { DisclosureNotice } from './entities/disclosure-notice.entity';
import { noticeView } from './notice.mapper';

/**
 * The annual disclosure (R23): once a year is over, an officer generates its report (scale,
 * projects, execution, results) from the year's programmes and funded applications and publishes
 * it as an ANNUAL_REPORT notice. Publishing again corrects the report in force with a new notice,
 * with a reason; nothing published is edited.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly repository: DisclosureRepository,
  ) {}

  async publish(
    fiscalYearInput: unknown,
    input: unknown,
    actor: RpcActor,
    now = new Date(),
  ): Promise<NoticeView> {
    authorize(actor, Permission.SUBSIDY_PROGRAMME_MANAGE);
    const { fiscalYear } = validatePlain(FiscalYearQuery, { fiscalYear: fiscalYearInput }, 'year');
    const dto = validatePlain(PublishAnnualReportDto, input ?? {}, 'report');
    if (!isYearOver(fiscalYear, now)) {
      throw new ServiceError(
        409,
        'RULE_R23_YEAR_NOT_OVER',
        `rule R23: the annual report of ${fiscalYear} is published once the year is over`,
        undefined,
        `规则 R23：${fiscalYear} 年度尚未结束，年度公告须在年度结束后发布`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // One publication of a year at a time, so two officers cannot fork its correction chain.
      await this.repository.lockAnnualReport(manager, fiscalYear);
      const inForce = await this.reportInForce(manager, fiscalYear);
      if (inForce && !dto.reason) {
        throw ServiceError.ruleViolated(
          'R23',
          [
            {
              field: 'reason',
              rule: 'R23',
              message: 'the annual report of this year is published; say why it is corrected',
              messageZh: '本年度公告已发布，更正须说明理由',
            },
          ],
          'rule R23: a published annual report is corrected by a new notice, with a reason',
        );
      }
      const report = buildAnnualReport({
        fiscalYear,
        programmes: await this.repository.programmeBudgets(manager, fiscalYear),
        projects: await this.repository.fundedProjects(manager, fiscalYear),
        ...(dto.summary ? { summary: dto.summary } : {}),
      });
      const title = `${fiscalYear} 年度福利彩票公益金使用情况公告`;
      const notice = manager.create(DisclosureNotice, {
        id: randomUUID(),
        kind: 'ANNUAL_REPORT',
        fiscalYear,
        applicationId: null,
        title: inForce ? `【更正】${title}` : title,
        content: report,
        publishedAt: now,
        corrects: inForce?.id ?? null,
        correctionReason: inForce ? (dto.reason ?? null) : null,
        objectionsUntil: null,
      });
      await manager.insert(DisclosureNotice, notice);
      await this.audit.record(manager, {
        actor,
        action: inForce ? 'annual-report.corrected' : 'annual-report.published',
        entityType: 'disclosure-notice',
        entityId: notice.id,
        before: inForce ?? null,
        after: notice,
      });
      return noticeView(notice, true, 0);
    });
  }

  /** The year's annual report that no correction replaced, if any. */
  private async reportInForce(
    manager: EntityManager,
    fiscalYear: number,
  ): Promise<DisclosureNotice | undefined> {
    const reports = await manager.findBy(DisclosureNotice, { kind: 'ANNUAL_REPORT', fiscalYear });
    const corrected = new Set(reports.map((r) => r.corrects));
    return reports.find((r) => !corrected.has(r.id));
  }
}
