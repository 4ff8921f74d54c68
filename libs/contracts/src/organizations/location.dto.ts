import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { IsMainlandPhone } from '../common/contact.decorators';

/** County → street/township → community/village (rule R1), by national division codes. */
export class LocationDto {
  @ApiProperty({ example: '450103', description: '6-digit county code' })
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit county code' })
  countyCode: string;

  @ApiProperty({ example: '青秀区' })
  @IsString()
  @Length(1, 50)
  countyName: string;

  @ApiProperty({ example: '450103001', description: '9-digit street/township code' })
  @Matches(/^\d{9}$/, { message: 'streetCode must be a 9-digit street/township code' })
  streetCode: string;

  @ApiProperty({ example: '新竹街道' })
  @IsString()
  @Length(1, 50)
  streetName: string;

  @ApiProperty({ example: '450103001001', description: '12-digit community/village code' })
  @Matches(/^\d{12}$/, { message: 'communityCode must be a 12-digit community/village code' })
  communityCode: string;

  @ApiProperty({ example: '新竹社区居委会' })
  @IsString()
  @Length(1, 50)
  communityName: string;
}

/** Every organization stays reachable by post, even on a shared site (rule R4). */
export class PostalAddressDto {
  @ApiProperty({ example: '南宁市青秀区新竹路 8 号' })
  @IsString()
  @Length(4, 200)
  address: string;

  @ApiProperty({ example: '530022' })
  @Matches(/^\d{6}$/, { message: 'postcode must be 6 digits' })
  postcode: string;

  @ApiProperty({ example: '李红' })
  @IsString()
  @Length(1, 50)
  contactName: string;

  @ApiProperty({ example: '13800771234' })
  @IsMainlandPhone()
  contactPhone: string;
}
