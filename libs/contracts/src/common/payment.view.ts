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
