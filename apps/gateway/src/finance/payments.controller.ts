import {
  ErrorView,
  PaymentPage,
  PaymentsQuery,
  PaymentView,
  ProposeReissueDto,
  ReissueDecisionDto,
  type RpcActor,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import { PAYMENTS_EXPORT, PaymentsExportQuery } from './payments.export-columns';

/** Payments the programmes asked for, and failed ones re-issued to corrected details (R28). */
@ApiTags('finance')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/finance/payments')
export class PaymentsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Get()
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOperation({ summary: 'Payments by status, fund or batch (AWAITING_BATCH: for a maker)' })
  @ApiOkResponse({ type: PaymentPage })
  list(@Query() query: PaymentsQuery, @CurrentActor() actor: RpcActor): Promise<PaymentPage> {
    return this.rpc.call('finance.payments', query, actor);
  }

  @Get('export.xlsx')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiExport('Export the payments the filters find (status, fund, batch) as Excel')
  exportList(
    @Query() query: PaymentsExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(PAYMENTS_EXPORT, query, (page) =>
      this.rpc.call('finance.payments', page, actor),
    );
  }

  @Post(':id/reissue')
  @Idempotent()
  @HttpCode(200)
  @Roles(...rolesWith(Permission.BATCH_PREPARE))
  @ApiOperation({
    summary:
      'Propose paying a failed payment again to corrected bank details; a checker decides (maker, R28)',
  })
  @ApiOkResponse({ type: PaymentView })
  propose(
    @Param('id', uuidParam()) id: string,
    @Body() proposal: ProposeReissueDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PaymentView> {
    return this.rpc.call('finance.payments.propose-reissue', { id, proposal }, actor);
  }

  @Post(':id/reissue/decision')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.BATCH_CHECK))
  @ApiOperation({
    summary:
      "Approve another person's re-issue (a new payment awaits a batch) or reject it (checker, R28)",
  })
  @ApiOkResponse({ type: PaymentView })
  decide(
    @Param('id', uuidParam()) id: string,
    @Body() decision: ReissueDecisionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PaymentView> {
    return this.rpc.call('finance.payments.decide-reissue', { id, decision }, actor);
  }
}
