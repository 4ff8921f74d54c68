import {
  AnnounceProjectDto,
  CreatePurchaseProjectDto,
  ErrorView,
  PurchaseProjectPage,
  PurchaseProjectQuery,
  PurchaseProjectView,
  type RpcActor,
  SetFormDto,
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
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import { RateLimited } from '../http/rate-limits';
import {
  ANNOUNCEMENTS_EXPORT,
  PROJECTS_EXPORT,
  PurchaseProjectExportQuery,
} from './projects.export-columns';

const BUYERS = rolesWith(Permission.PROCUREMENT_PURCHASE_MANAGE);

/** The public, without logging in (domain.md "Actors": public). */
const PUBLIC: RpcActor = { userId: 'public', roles: [] };

/** Government purchase of services: purchase projects and their announcements (R25, R12). */
@ApiTags('procurement')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1')
export class ProcurementProjectsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Post('procurement/projects')
  @Idempotent()
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Draft a purchase project for a catalogue item within the year’s budget (R25, Order 102 art. 14), by a method its budget allows, with its criteria announced up front (R12)',
  })
  @ApiCreatedResponse({ type: PurchaseProjectView })
  create(
    @Body() body: CreatePurchaseProjectDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseProjectView> {
    return this.rpc.call('procurement.projects.create', body, actor);
  }

  @Get('procurement/projects')
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Purchase projects, drafts included, a page at a time' })
  @ApiOkResponse({ type: PurchaseProjectPage })
  list(
    @Query() query: PurchaseProjectQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseProjectPage> {
    return this.rpc.call('procurement.projects.list', query, actor);
  }

  @Get('procurement/projects/export.xlsx')
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiExport('Export the purchase projects, drafts included, as Excel (R25)')
  exportList(
    @Query() query: PurchaseProjectExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(PROJECTS_EXPORT, query, (page) =>
      this.rpc.call('procurement.projects.list', page, actor),
    );
  }

  @Get('procurement/projects/:id')
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A purchase project' })
  @ApiOkResponse({ type: PurchaseProjectView })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseProjectView> {
    return this.rpc.call('procurement.projects.get', { id }, actor);
  }

  @Post('procurement/projects/:id/announce')
  @HttpCode(200)
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Publish the announcement: bids are taken until the deadline by the database clock (R25)',
  })
  @ApiOkResponse({ type: PurchaseProjectView })
  announce(
    @Param('id', uuidParam()) id: string,
    @Body() body: AnnounceProjectDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseProjectView> {
    return this.rpc.call('procurement.projects.announce', { id, body }, actor);
  }

  @Put('procurement/projects/:id/form')
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "Replace a project's questions added to the bid (issue #17); while it is a draft or announced, refused once it has a bid",
  })
  @ApiOkResponse({ type: PurchaseProjectView })
  setForm(
    @Param('id', uuidParam()) id: string,
    @Body() form: SetFormDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseProjectView> {
    return this.rpc.call('procurement.projects.set-form', { id, form }, actor);
  }

  @Post('procurement/projects/:id/cancel')
  @HttpCode(200)
  @Roles(...BUYERS)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Cancel a project before its contract: its budget is free again' })
  @ApiOkResponse({ type: PurchaseProjectView })
  cancel(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<PurchaseProjectView> {
    return this.rpc.call('procurement.projects.cancel', { id }, actor);
  }

  @Get('public/procurement/announcements')
  @Public()
  @ApiOperation({
    summary: 'Purchase announcements (采购公告), every project once announced, no login',
  })
  @ApiOkResponse({ type: PurchaseProjectPage })
  announcements(@Query() query: PurchaseProjectQuery): Promise<PurchaseProjectPage> {
    return this.rpc.call('procurement.projects.announcements', query, PUBLIC);
  }

  @Get('public/procurement/announcements/export.xlsx')
  @Public()
  @RateLimited()
  @ApiExport('Export the purchase announcements as Excel, no login (R25); rate-limited per address')
  exportAnnouncements(@Query() query: PurchaseProjectExportQuery): Promise<StreamableFile> {
    return this.exports.stream(ANNOUNCEMENTS_EXPORT, query, (page) =>
      this.rpc.call('procurement.projects.announcements', page, PUBLIC),
    );
  }
}
