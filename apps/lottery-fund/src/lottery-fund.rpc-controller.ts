import type {
  ApplicationPage,
  ApplicationView,
  LotteryYearView,
  NoticePage,
  NoticeView,
  ObjectionView,
  RankingView,
  RpcEnvelope,
  RpcRequestOf,
  SubsidyProgrammePage,
  SubsidyProgrammeView,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { ApplicationQueries } from './applications/application-queries';
import { ApplicationsService } from './applications/applications.service';
import { ApprovalsService } from './applications/approvals.service';
import { RankingService } from './applications/ranking.service';
import { DisclosureService } from './disclosure/disclosure.service';
import { AnnualReportService } from './disclosure/annual-report.service';
import { YearOverviewService } from './disclosure/year-overview.service';
import { ProgrammesService } from './programmes/programmes.service';

type Decision = RpcEnvelope<RpcRequestOf<'lottery-fund.applications.approve'>>;

/** RPC entry points of the lottery fund; thin: the services authorize and decide. */
@Controller()
@UseFilters(RpcErrorFilter)
export class LotteryFundRpcController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly applications: ApplicationsService,
    private readonly queries: ApplicationQueries,
    private readonly approvals: ApprovalsService,
    private readonly disclosure: DisclosureService,
    private readonly years: YearOverviewService,
    private readonly annualReports: AnnualReportService,
    private readonly ranking: RankingService,
  ) {}

  @RpcHandler('lottery-fund.programmes.create')
  createProgramme({ data, actor }: RpcEnvelope<unknown>): Promise<SubsidyProgrammeView> {
    return this.programmes.create(data, actor);
  }

  @RpcHandler('lottery-fund.programmes.list')
  listProgrammes({ data, actor }: RpcEnvelope<unknown>): Promise<SubsidyProgrammePage> {
    return this.programmes.list(data, actor);
  }

  @RpcHandler('lottery-fund.applications.submit')
  submit({ data, actor }: RpcEnvelope<unknown>): Promise<ApplicationView> {
    return this.applications.submit(data, actor);
  }

  @RpcHandler('lottery-fund.applications.list')
  list({ data, actor }: RpcEnvelope<unknown>): Promise<ApplicationPage> {
    return this.queries.list(data, actor);
  }

  @RpcHandler('lottery-fund.applications.approve')
  approve({ data, actor }: Decision): Promise<ApplicationView> {
    return this.approvals.approve(data?.id, data?.decision, actor);
  }

  @RpcHandler('lottery-fund.applications.reject')
  reject({ data, actor }: Decision): Promise<ApplicationView> {
    return this.approvals.reject(data?.id, data?.decision, actor);
  }

  @RpcHandler('lottery-fund.applications.withdraw')
  withdraw({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.applications.withdraw'>>): Promise<ApplicationView> {
    return this.approvals.withdraw(data?.id, data?.withdrawal, actor);
  }

  @RpcHandler('lottery-fund.applications.assess')
  assess({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.applications.assess'>>): Promise<ApplicationView> {
    return this.ranking.assess(data?.id, data?.assessment, actor);
  }

  @RpcHandler('lottery-fund.programmes.ranking')
  rank({ data, actor }: RpcEnvelope<{ id: string }>): Promise<RankingView> {
    return this.ranking.ranking(data?.id, actor);
  }

  @RpcHandler('lottery-fund.years.get')
  year({ data, actor }: RpcEnvelope<unknown>): Promise<LotteryYearView> {
    return this.years.get(data, actor);
  }

  @RpcHandler('lottery-fund.notices.list')
  notices({ data }: RpcEnvelope<unknown>): Promise<NoticePage> {
    return this.disclosure.list(data);
  }

  @RpcHandler('lottery-fund.notices.object')
  object({
    data,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.notices.object'>>): Promise<ObjectionView> {
    return this.disclosure.object(data?.id, data?.objection);
  }

  @RpcHandler('lottery-fund.years.annual-report')
  publishAnnualReport({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.years.annual-report'>>): Promise<NoticeView> {
    return this.annualReports.publish(data?.fiscalYear, data?.report, actor);
  }

  @RpcHandler('lottery-fund.notices.correct')
  correct({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.notices.correct'>>): Promise<NoticeView> {
    return this.disclosure.correct(data?.id, data?.correction, actor);
  }

  @RpcHandler('lottery-fund.applications.get')
  get({ data, actor }: RpcEnvelope<{ id: string }>): Promise<ApplicationView> {
    return this.queries.get(data?.id, actor);
  }
}
