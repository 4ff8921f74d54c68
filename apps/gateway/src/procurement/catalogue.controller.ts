import {
  CatalogueItemView,
  CataloguePage,
  CatalogueQuery,
  CreateCatalogueItemDto,
  ErrorView,
  type RpcActor,
} from '@civic/contracts';
import { Permission, rolesWith } from '@civic/domain/access';
import { RpcClient } from '@civic/platform/rpc';
import { Body, Controller, Get, Post, Query, StreamableFile } from '@nestjs/common';
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
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ApiExport, ListExporter } from '../exports';
import { RateLimited } from '../http/rate-limits';
import {
  CATALOGUE_EXPORT,
  CatalogueExportQuery,
  PUBLIC_CATALOGUE_EXPORT,
} from './catalogue.export-columns';

const CATALOGUE_OFFICERS = rolesWith(Permission.PROCUREMENT_CATALOGUE_MANAGE);

/** The public, without logging in (domain.md "Actors": public). */
const PUBLIC: RpcActor = { userId: 'public', roles: [] };

/** Government purchase of services: the catalogue (政府购买服务指导性目录, R24, R25). */
@ApiTags('procurement')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1')
export class ProcurementCatalogueController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly exports: ListExporter,
  ) {}

  @Post('procurement/catalogue')
  @Idempotent()
  @Roles(...CATALOGUE_OFFICERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Enter a catalogue item for a region and fiscal year (R24); 422 naming the clause when it falls in the negative list (R25, Order 102 art. 10)',
  })
  @ApiCreatedResponse({ type: CatalogueItemView })
  create(
    @Body() body: CreateCatalogueItemDto,
    @CurrentActor() actor: RpcActor,
  ): Promise<CatalogueItemView> {
    return this.rpc.call('procurement.catalogue.create', body, actor);
  }

  @Get('procurement/catalogue')
  @Roles(...CATALOGUE_OFFICERS)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Catalogue items by region, fiscal year and category, a page at a time',
  })
  @ApiOkResponse({ type: CataloguePage })
  list(@Query() query: CatalogueQuery, @CurrentActor() actor: RpcActor): Promise<CataloguePage> {
    return this.rpc.call('procurement.catalogue.list', query, actor);
  }

  @Get('procurement/catalogue/export.xlsx')
  @Roles(...CATALOGUE_OFFICERS)
  @ApiBearerAuth()
  @ApiExport('Export the catalogue items the filters find as Excel (R24)')
  exportList(
    @Query() query: CatalogueExportQuery,
    @CurrentActor() actor: RpcActor,
  ): Promise<StreamableFile> {
    return this.exports.stream(CATALOGUE_EXPORT, query, (page) =>
      this.rpc.call('procurement.catalogue.list', page, actor),
    );
  }

  @Get('public/procurement/catalogue')
  @Public()
  @ApiOperation({
    summary: 'The published catalogue of services the government purchases (R24), no login',
  })
  @ApiOkResponse({ type: CataloguePage })
  published(@Query() query: CatalogueQuery): Promise<CataloguePage> {
    return this.rpc.call('procurement.catalogue.public', query, PUBLIC);
  }

  @Get('public/procurement/catalogue/export.xlsx')
  @Public()
  @RateLimited()
  @ApiExport('Export the published catalogue as Excel, no login (R24); rate-limited per address')
  exportPublished(@Query() query: CatalogueExportQuery): Promise<StreamableFile> {
    return this.exports.stream(PUBLIC_CATALOGUE_EXPORT, query, (page) =>
      this.rpc.call('procurement.catalogue.public', page, PUBLIC),
    );
  }
}
