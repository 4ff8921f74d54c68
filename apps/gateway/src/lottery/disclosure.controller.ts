import {
  CorrectNoticeDto,
  ErrorView,
  NoticePage,
  NoticesQuery,
  NoticeView,
  ObjectionDto,
  ObjectionView,
  type RpcActor,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  ApiCreatedResponse,
} from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { pathIdTarget, RateLimited } from '../http/rate-limits';
import { uuidParam } from '../http/uuid-param.pipe';
import { ApiExport, ListExporter } from '../exports';
import { NOTICES_EXPORT, NoticesExportQuery } from './disclosure.export-columns';

/** The public, without logging in (domain.md "Actors": public). */
const PUBLIC: RpcActor = { userId: 'public', roles: [] };

/** Lottery fund disclosure (R23): notices anyone can read and object to; corrections by officers. */
@ApiTags('lottery-fund disclosure')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1')
export class DisclosureController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Get('public/lottery/notices')
  @Public()
  @ApiOperation({
    summary:
      'Funded projects’ notices (name, unit, amount, contact, purpose, 彩票公益金资助), no login',
  })
  @ApiOkResponse({ type: NoticePage })
  notices(@Query() query: NoticesQuery): Promise<NoticePage> {
    return this.rpc.call('lottery-fund.notices.list', query, PUBLIC);
  }

  @Get('public/lottery/notices/export.xlsx')
  @Public()
  @RateLimited()
  @ApiExport(
    'Export the published notices (by year) as Excel, no login (R23); rate-limited per address',
  )
  exportNotices(@Query() query: NoticesExportQuery): Promise<StreamableFile> {
    return this.exports.stream(NOTICES_EXPORT, query, (page) =>
      this.rpc.call('lottery-fund.notices.list', page, PUBLIC),
    );
  }

  @Post('public/lottery/notices/:id/objections')
  @Public()
  @RateLimited(pathIdTarget)
  @ApiOperation({ summary: 'Object to a notice during its publicity period (公示期), no login' })
  @ApiCreatedResponse({ type: ObjectionView })
  object(
    @Param('id', uuidParam()) id: string,
    @Body() objection: ObjectionDto,
  ): Promise<ObjectionView> {
    return this.rpc.call('lottery-fund.notices.object', { id, objection }, PUBLIC);
  }

  @Post('lottery/notices/:id/corrections')
  @ApiBearerAuth()
  @Roles(...rolesWith(Permission.SUBSIDY_PROGRAMME_MANAGE))
  @ApiOperation({ summary: 'Correct a notice with a new one pointing to it; the old stays (R23)' })
  @ApiCreatedResponse({ type: NoticeView })
  correct(
    @Param('id', uuidParam()) id: string,
    @Body() correction: CorrectNoticeDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<NoticeView> {
    return this.rpc.call('lottery-fund.notices.correct', { id, correction }, actor);
  }
}
