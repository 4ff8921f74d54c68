import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { IsResidentId } from '../common/is-resident-id.decorator';

/** A leader, and whether they are a Party member (rule R10). */
export class LeaderDto {
  @ApiProperty({ example: '王建国' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ example: '负责人' })
  @IsString()
  @Length(1, 50)
  role: string;

  @ApiProperty()
  @IsBoolean()
  isPartyMember: boolean;

  @ApiPropertyOptional({
    example: '450103198805120023',
    description: 'Resident ID number (R30): stored encrypted, shown masked',
  })
  @IsOptional()
  @IsResidentId()
  residentId?: string;
}

/** A financial custodian keeps the organization's accounts; payments go to it (rule R3). */
export class FinancialCustodianDto {
  @ApiProperty({ example: '青秀区社会组织服务中心' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: '青秀区社会组织服务中心（代管户）' })
  @IsString()
  @Length(2, 100)
  accountName: string;

  @ApiProperty({ example: '广西北部湾银行南宁分行' })
  @IsString()
  @Length(2, 100)
  bankName: string;

  @ApiProperty({ example: '6228480000000000000' })
  @IsString()
  @Length(6, 40)
  accountNumber: string;
}
