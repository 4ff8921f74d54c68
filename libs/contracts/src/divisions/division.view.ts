import { ApiProperty } from '@nestjs/swagger';

/** A county (区/县/市) with its city. */
export class CountyView {
  @ApiProperty({ example: '450103' }) code: string;
  @ApiProperty({ example: '青秀区' }) name: string;
  @ApiProperty({ example: '南宁市' }) cityName: string;
}

/** A street (街道) or township (乡镇). */
export class StreetView {
  @ApiProperty({ example: '450103001' }) code: string;
  @ApiProperty({ example: '新竹街道' }) name: string;
  @ApiProperty({ example: '450103' }) countyCode: string;
}

/** A community (社区, urban) or village (村, rural); areaType is null where the name does not say. */
export class CommunityView {
  @ApiProperty({ example: '450103001001' }) code: string;
  @ApiProperty({ example: '新竹社区居委会' }) name: string;
  @ApiProperty({ example: '450103001' }) streetCode: string;
  @ApiProperty({ enum: ['URBAN', 'RURAL'], nullable: true, type: String })
  areaType: 'URBAN' | 'RURAL' | null;
}
