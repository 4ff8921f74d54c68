import {
  ApplyDirectoryEntryDto,
  DecideDirectoryEntryDto,
  DirectoryEntryView,
  DirectoryPage,
  DirectoryQuery,
  ErrorView,
  PublicDirectoryPage,
  PublicDirectoryQuery,
  type RpcActor,
  UnmaskedPhoneView,
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
  DIRECTORY_EXPORT,
  DirectoryExportQuery,
  PUBLIC_DIRECTORY_EXPORT,
  PublicDirectoryExportQuery,
} from './directory.export-columns';

const DIRECTORY_OFFICERS = rolesWith(Permission.PROCUREMENT_DIRECTORY_MANAGE);
const DIRECTORY_APPLICANTS = rolesWith(Permission.PROCUREMENT_APPLY);
const DIRECTORY_USERS = [...new Set([...DIRECTORY_OFFICERS, ...DIRECTORY_APPLICANTS])];

/** The public, without logging in (domain.md "Actors": public). */
const PUBLIC: RpcActor = { userId: 'public', roles: [] };

/**
 * Government purchase of services: the directory of undertakers fit to take on community services
 * (承接社区服务的社会组织指导目录, R24; Order 102 art. 6–8, R25).
 */
@ApiTags('procurement')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1')
export class ProcurementDirectoryController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Post('procurement/directory')
  @Idempotent()
  @Roles(...DIRECTORY_USERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "Apply to the undertaker directory: an applicant for its own organization, an officer for an undertaker of another kind (R24); 422 naming Order 102 art. 8 for a category-1 public institution, or the credit code's authority when it does not code the kind (R25, R29)",
  })
  @ApiCreatedResponse({ type: DirectoryEntryView })
  apply(
    @Body() body: ApplyDirectoryEntryDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<DirectoryEntryView> {
    return this.rpc.call('procurement.directory.apply', body, actor);
  }

  @Get('procurement/directory')
  @Roles(...DIRECTORY_USERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "Directory entries by kind, status, region served and category, a page at a time: officers every one, an applicant its own organization's",
  })
  @ApiOkResponse({ type: DirectoryPage })
  list(@Query() query: DirectoryQuery, @CurrentActor() actor: RpcActor): Promise<DirectoryPage> {
    return this.rpc.call('procurement.directory.list', query, actor);
  }

  @Get('procurement/directory/export.xlsx')
  @Roles(...DIRECTORY_USERS)
  @ApiBearerAuth()
  @ApiExport(
    "Export directory entries as Excel: officers every one, an applicant its own organization's (R24)",
  )
  exportList(
    @Query() query: DirectoryExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(DIRECTORY_EXPORT, query, (page) =>
      this.rpc.call('procurement.directory.list', page, actor),
    );
  }

  @Get('procurement/directory/:id')
  @Roles(...DIRECTORY_USERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'One directory entry with its service areas and performance history (R24)',
  })
  @ApiOkResponse({ type: DirectoryEntryView })
  get(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<DirectoryEntryView> {
    return this.rpc.call('procurement.directory.get', { id }, actor);
  }

  @Post('procurement/directory/:id/contact/unmask')
  @HttpCode(200)
  @Roles(...rolesWith(Permission.CONTACT_UNMASK))
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "Show a directory entry's contact phone in full (R30): officers and finance staff only; audited (R31)",
  })
  @ApiOkResponse({ type: UnmaskedPhoneView })
  unmaskContact(
    @Param('id', uuidParam()) id: string,
    @CurrentActor() actor: RpcActor,
  ): Promise<UnmaskedPhoneView> {
    return this.rpc.call('procurement.directory.unmask-contact', { id }, actor);
  }

  @Post('procurement/directory/:id/decision')
  @HttpCode(200)
  @Roles(...DIRECTORY_OFFICERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'List or refuse a pending entry, or remove a listed one, with the reason (R24); audited',
  })
  @ApiOkResponse({ type: DirectoryEntryView })
  decide(
    @Param('id', uuidParam()) id: string,
    @Body() body: DecideDirectoryEntryDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<DirectoryEntryView> {
    return this.rpc.call('procurement.directory.decide', { id, decision: body }, actor);
  }

  @Get('public/procurement/directory')
  @Public()
  @ApiOperation({
    summary:
      'The published directory of undertakers (R24), no login: listed entries only, no personal data (R30)',
  })
  @ApiOkResponse({ type: PublicDirectoryPage })
  published(@Query() query: PublicDirectoryQuery): Promise<PublicDirectoryPage> {
    return this.rpc.call('procurement.directory.public', query, PUBLIC);
  }

  @Get('public/procurement/directory/export.xlsx')
  @Public()
  @RateLimited()
  @ApiExport('Export the published directory as Excel, no login (R24); rate-limited per address')
  exportPublished(@Query() query: PublicDirectoryExportQuery): Promise<StreamableFile> {
    return this.exports.stream(PUBLIC_DIRECTORY_EXPORT, query, (page) =>
      this.rpc.call('procurement.directory.public', page, PUBLIC),
    );
  }
}
