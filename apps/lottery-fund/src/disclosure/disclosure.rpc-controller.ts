import type {
  LotteryYearView,
  NoticePage,
  NoticeView,
  ObjectionView,
  RpcEnvelope,
  RpcRequestOf,
} from '@civic/contracts';
import { RpcErrorFilter, RpcHandler } from '@civic/platform/rpc';
import { Controller, UseFilters } from '@nestjs/common';
import { AnnualReportService } from './annual-report.service';
import { DisclosureService } from './disclosure.service';
import { YearOverviewService } from './year-overview.service';

/** RPC entry points for notices, objections and the programme year (R21, R23); thin. */
@Controller()
@UseFilters(RpcErrorFilter)
export class DisclosureRpcController {
  constructor(
    private readonly disclosure: DisclosureService,
    private readonly years: YearOverviewService,
    private readonly annualReports: AnnualReportService,
  ) {}

  @RpcHandler('lottery-fund.years.get')
  year({ data, actor }: RpcEnvelope<unknown>): Promise<LotteryYearView> {
    return this.years.get(data, actor);
  }

  @RpcHandler('lottery-fund.years.annual-report')
  publishAnnualReport({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.years.annual-report'>>): Promise<NoticeView> {
    return this.annualReports.publish(data?.fiscalYear, data?.report, actor);
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

  @RpcHandler('lottery-fund.notices.correct')
  correct({
    data,
    actor,
  }: RpcEnvelope<RpcRequestOf<'lottery-fund.notices.correct'>>): Promise<NoticeView> {
    return this.disclosure.correct(data?.id, data?.correction, actor);
  }
}
