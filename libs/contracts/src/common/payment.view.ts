import {
  ACCOUNT_NAME_MAX_LENGTH,
  ACCOUNT_NAME_MIN_LENGTH,
  ACCOUNT_NUMBER_MAX_DIGITS,
  ACCOUNT_NUMBER_MIN_DIGITS,
  BANKS,
} from '@civic/domain/identifiers';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsAccountNumber, IsKnownBank, NotBlank, Trimmed } from './contact.decorators';

/**
 * The account a programme asks finance to pay, unless a custodian keeps the finances (R3): a
 * named holder, 8–32 digits (R28), the bank by its CNAPS category code and the branch it is at.
 */
export class PayeeAccountDto {
  @ApiProperty({
    minLength: ACCOUNT_NAME_MIN_LENGTH,
    maxLength: ACCOUNT_NAME_MAX_LENGTH,
    example: '青秀区长者关爱协会',
    description: 'The holder, as the bank has it; stored trimmed, never blank',
  })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(ACCOUNT_NAME_MIN_LENGTH, ACCOUNT_NAME_MAX_LENGTH)
  accountName: string;

  @ApiProperty({
    pattern: `^[0-9 ]+$`,
    example: '6222 0212 3456 7890 123',
    description: `${ACCOUNT_NUMBER_MIN_DIGITS}–${ACCOUNT_NUMBER_MAX_DIGITS} digits; spaces between groups are dropped (R28)`,
  })
  @IsAccountNumber()
  accountNumber: string;

  @ApiProperty({
    enum: BANKS.map((bank) => bank.code),
    enumName: 'BankCode',
    example: '313',
    description: 'The bank: its CNAPS bank category code (行别代码), from banks.zh-CN.json',
  })
  @IsKnownBank()
  bankCode: string;

  @ApiProperty({
    example: '广西北部湾银行南宁分行',
    description: 'The branch the account is at (开户行)',
  })
  @Trimmed()
  @IsString()
  @NotBlank()
  @Length(2, 100)
  bankName: string;
}

/** Why a payment did not go ahead: finance's refusal or the bank's decline, in both languages. */
export class StatusReasonView {
  @ApiProperty() code: string;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

/** A programme's payment as its record shows it, once finance has taken it. */
export class SubsidyPaymentView {
  @ApiProperty({ format: 'uuid' }) paymentId: string;
  @ApiPropertyOptional() bankReference?: string;
  @ApiPropertyOptional({ format: 'date-time' }) paidAt?: string;
  @ApiPropertyOptional({ description: 'A custodian paid on the organization’s behalf (R3)' })
  custodianName?: string;
}

/**
 * An officer withdraws funding finance holds and has not paid (R27): the unpaid money is released
 * to the budget, with the reason on the record (and on the public notice, R23).
 */
export class WithdrawFundingDto {
  @ApiProperty({ minLength: 2, maxLength: 500, example: '组织已注销，无法履行项目' })
  @IsString()
  @Length(2, 500)
  reason: string;
}
