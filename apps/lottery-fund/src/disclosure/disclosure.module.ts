import { Module } from '@nestjs/common';
import { AnnualReportService } from './annual-report.service';
import { DisclosureRepository } from './disclosure.repository';
import { DisclosureRpcController } from './disclosure.rpc-controller';
import { DisclosureService } from './disclosure.service';
import { YearOverviewService } from './year-overview.service';

/**
 * Disclosure (R21, R23): publicity notices, objections and corrections, the year overview and the
 * annual report. Exports DisclosureService for the approvals and the funding port, which publish
 * and retract notices in their own transactions.
 */
@Module({
  controllers: [DisclosureRpcController],
  providers: [DisclosureService, YearOverviewService, AnnualReportService, DisclosureRepository],
  exports: [DisclosureService],
})
export class DisclosureModule {}
