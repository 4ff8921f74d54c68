import { ACCOUNT_NAME_MAX_LENGTH, ACCOUNT_NAME_MIN_LENGTH, BANKS } from '@civic/domain/identifiers';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { IsResidentId } from '../common/is-resident-id.decorator';
import { IsAccountNumber, IsKnownBank, NotBlank, Trimmed } from '../common/contact.decorators';

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

/** A financial custodian keeps the organization's accounts; payments go to it (rule R3, R28). */
export class FinancialCustodianDto {
  @ApiProperty({ example: '青秀区社会组织服务中心' })
  @IsString()
  @Length(2, 100)
  name: string;

  @ApiProperty({ example: '青秀区社会组织服务中心（代管户）' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(ACCOUNT_NAME_MIN_LENGTH, ACCOUNT_NAME_MAX_LENGTH)
  accountName: string;

  @ApiProperty({
    enum: BANKS.map((bank) => bank.code),
    enumName: 'BankCode',
    example: '313',
    description: 'The bank: its CNAPS bank category code (行别代码), from banks.zh-CN.json',
  })
  @IsKnownBank()
  bankCode: string;

  @ApiProperty({ example: '广西北部湾银行南宁分行', description: 'The branch (开户行)' })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(2, 100)
  bankName: string;

  @ApiProperty({ example: '6228480000000000000', description: '8–32 digits (R28)' })
  @IsAccountNumber()
  accountNumber: string;
}
