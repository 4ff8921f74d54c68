import {
  ClawbackPage,
  ClawbackReceiptDecisionDto,
  ClawbacksQuery,
  ClawbackView,
  ErrorView,
  RecordClawbackReceiptDto,
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
import { CLAWBACKS_EXPORT, ClawbacksExportQuery } from './clawbacks.export-columns';

/** Clawbacks the programmes open (R19) and the money that comes back, four eyes (R28). */
@ApiTags('finance')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/finance/clawbacks')
export class ClawbacksController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Get()
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOperation({
    summary: 'Clawbacks the programmes opened (R19), with what was paid and what came back',
  })
  @ApiOkResponse({ type: ClawbackPage })
  list(@Query() query: ClawbacksQuery, @CurrentActor() actor: RpcActor): Promise<ClawbackPage> {
    return this.rpc.call('finance.clawbacks', query, actor);
  }

  @Get('export.xlsx')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiExport('Export the clawbacks as Excel: paid, to recover, recovered and outstanding (R19)')
  exportList(
    @Query() query: ClawbacksExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(CLAWBACKS_EXPORT, query, (page) =>
      this.rpc.call('finance.clawbacks', page, actor),
    );
  }

  @Post(':id/receipts')
  @Idempotent()
  @HttpCode(200)
  @Roles(...rolesWith(Permission.BATCH_PREPARE))
  @ApiOperation({
    summary:
      'Record money the organization returned, up to what is outstanding; a checker confirms it (R19, R28)',
  })
  @ApiOkResponse({ type: ClawbackView })
  record(
    @Param('id', uuidParam()) id: string,
    @Body() receipt: RecordClawbackReceiptDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ClawbackView> {
    return this.rpc.call('finance.clawbacks.record-receipt', { id, receipt }, actor);
  }

  @Post(':id/receipts/:receiptId/decision')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.BATCH_CHECK))
  @ApiOperation({
    summary:
      "Confirm another person's receipt (posted to the ledger: available +, disbursed −) or reject it (R27, R28)",
  })
  @ApiOkResponse({ type: ClawbackView })
  decide(
    @Param('id', uuidParam()) id: string,
    @Param('receiptId', uuidParam()) receiptId: string,
    @Body() decision: ClawbackReceiptDecisionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<ClawbackView> {
    return this.rpc.call('finance.clawbacks.decide-receipt', { id, receiptId, decision }, actor);
  }
}
