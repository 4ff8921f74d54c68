import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** The account a programme asks finance to pay, unless a custodian keeps the finances (R3). */
export class PayeeAccountDto {
  @ApiProperty() @IsString() @Length(2, 100) accountName: string;
  @ApiProperty() @IsString() @Length(6, 40) accountNumber: string;
  @ApiProperty() @IsString() @Length(2, 100) bankName: string;
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
