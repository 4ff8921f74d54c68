import { CommunityView, CountyView, StreetView, ErrorView } from '@civic/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiResponse,
} from '@nestjs/swagger';
import { AnyRole, Public } from '../auth/access.decorator';
import { Divisions } from './divisions';

/** County → street/township → community/village pickers (R1), Guangxi only for now. */
@ApiTags('divisions')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@ApiBearerAuth()
@Controller('v1/divisions')
export class DivisionsController {
  private readonly divisions = Divisions.load();

  @Get('counties')
  @AnyRole()
  @ApiOperation({ summary: 'Counties (区/县/市)' })
  @ApiOkResponse({ type: [CountyView] })
  counties(): CountyView[] {
    return this.divisions.counties;
  }

  @Get('streets')
  @AnyRole()
  @ApiOperation({ summary: 'Streets and townships (街道/乡镇) of a county' })
  @ApiQuery({ name: 'countyCode', example: '450103' })
  @ApiOkResponse({ type: [StreetView] })
  streets(@Query('countyCode') countyCode: string): StreetView[] {
    return this.divisions.streets(String(countyCode ?? ''));
  }

  @Get('communities')
  @AnyRole()
  @ApiOperation({ summary: 'Communities and villages (社区/村) of a street or township' })
  @ApiQuery({ name: 'streetCode', example: '450103001' })
  @ApiOkResponse({ type: [CommunityView] })
  communities(@Query('streetCode') streetCode: string): CommunityView[] {
    return this.divisions.communities(String(streetCode ?? ''));
  }
}

/**
 * The counties without login, for the public pages (R23, R24, R25) to name a county rather than
 * show its code: official division names, no personal data. Streets and communities stay behind
 * sign-in.
 */
@ApiTags('divisions')
@ApiResponse({ status: '4XX', type: ErrorView, description: 'Refused; nothing changed' })
@Controller('v1')
export class PublicDivisionsController {
  private readonly divisions = Divisions.load();

  @Get('public/divisions/counties')
  @Public()
  @ApiOperation({ summary: 'Counties (区/县/市), no login: the names the public pages show' })
  @ApiOkResponse({ type: [CountyView] })
  counties(): CountyView[] {
    return this.divisions.counties;
  }
}
