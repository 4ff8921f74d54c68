import {
  BatchDecisionDto,
  BatchesQuery,
  BatchPage,
  BatchView,
  CreateBatchDto,
  ErrorView,
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
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
  ApiCreatedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { ExportFormatPipe, type ExportFormat } from './export-format.pipe';
import { batchCsv, batchWorkbook } from './batch-export';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import { BATCHES_EXPORT, BatchesExportQuery } from './batches.export-columns';

/** Disbursement batches with four eyes (R28). */
@ApiTags('finance')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/finance')
export class BatchesController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Post('batches')
  @Idempotent()
  @Roles(...rolesWith(Permission.BATCH_PREPARE))
  @ApiOperation({ summary: 'Put payments awaiting a batch into a new batch and submit it (maker)' })
  @ApiCreatedResponse({ type: BatchView })
  create(@Body() body: CreateBatchDto, @CurrentActor() actor: RpcActor): Promise<BatchView> {
    return this.rpc.call('finance.batches.create', body, actor);
  }

  @Get('batches')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOperation({ summary: 'Batches, newest first, with their progress' })
  @ApiOkResponse({ type: BatchPage })
  list(@Query() query: BatchesQuery, @CurrentActor() actor: RpcActor): Promise<BatchPage> {
    return this.rpc.call('finance.batches.list', query, actor);
  }

  @Get('batches/export.xlsx')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiExport('Export the batches (by status) as Excel, with their progress')
  exportList(
    @Query() query: BatchesExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(BATCHES_EXPORT, query, (page) =>
      this.rpc.call('finance.batches.list', page, actor),
    );
  }

  @Get('batches/:id')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOperation({ summary: 'One batch: status, settled and failed so far' })
  @ApiOkResponse({ type: BatchView })
  get(@Param('id', uuidParam()) id: string, @CurrentActor() actor: RpcActor): Promise<BatchView> {
    return this.rpc.call('finance.batches.get', { id }, actor);
  }

  @Post('batches/:id/approve')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.BATCH_CHECK))
  @ApiOperation({
    summary: 'Approve a batch someone else made, with a comment; it is then paid (checker)',
  })
  @ApiOkResponse({ type: BatchView })
  approve(
    @Param('id', uuidParam()) id: string,
    @Body() decision: BatchDecisionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<BatchView> {
    return this.rpc.call('finance.batches.approve', { id, decision }, actor);
  }

  @Post('batches/:id/reject')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.BATCH_CHECK))
  @ApiOperation({ summary: 'Reject a batch with a comment; its payments await a new batch' })
  @ApiOkResponse({ type: BatchView })
  reject(
    @Param('id', uuidParam()) id: string,
    @Body() decision: BatchDecisionDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<BatchView> {
    return this.rpc.call('finance.batches.reject', { id, decision }, actor);
  }

  @Get('batches/:id/export')
  @Roles(...rolesWith(Permission.FINANCE_READ))
  @ApiOperation({ summary: "A batch's payments and results as CSV or Excel" })
  @ApiQuery({ name: 'format', enum: ['csv', 'xlsx'] })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @Param('id', uuidParam()) id: string,
    @Query('format', ExportFormatPipe) format: ExportFormat,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    const batch = await this.rpc.call('finance.batches.get', { id }, actor);
    const { items } = await this.rpc.call(
      'finance.payments',
      { batchId: id, pageSize: 20000 },
      actor,
    );
    const csv = format === 'csv';
    return new StreamableFile(
      csv ? Buffer.from(batchCsv(items), 'utf8') : await batchWorkbook(batch, items),
      {
        type: csv
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        disposition: `attachment; filename="${batch.number}.${format}"`,
      },
    );
  }
}
