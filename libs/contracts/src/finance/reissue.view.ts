import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsString, Length, ValidateNested } from 'class-validator';
import { PayeeAccountDto } from '../common/payment.view';

/** A finance maker proposes to pay a failed payment again, to corrected bank details (R28). */
export class ProposeReissueDto {
  @ApiProperty({ type: PayeeAccountDto })
  @ValidateNested()
  @Type(() => PayeeAccountDto)
  bankAccount: PayeeAccountDto;

  @ApiProperty({ minLength: 1, maxLength: 500, example: '收款账号有误，组织已提供新的开户行证明' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

/** A different finance checker approves the re-issue (a new payment awaits a batch) or not. */
export class ReissueDecisionDto {
  @ApiProperty({ enum: ['APPROVED', 'REJECTED'] })
  @IsIn(['APPROVED', 'REJECTED'])
  outcome: 'APPROVED' | 'REJECTED';

  @ApiProperty({ minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  comment: string;
}

/** A proposal to re-issue a failed payment, and its decision (R28). */
export class ReissueView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The failed payment' }) paymentId: string;
  @ApiProperty({
    description: 'The corrected account: name and bank, number masked but its last 4',
  })
  accountName: string;
  @ApiProperty() bankName: string;
  @ApiProperty() accountNumberMasked: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['PROPOSED', 'APPROVED', 'REJECTED'] }) status: string;
  @ApiProperty() proposedBy: string;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
  @ApiPropertyOptional() decidedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) decidedAt?: string;
  @ApiPropertyOptional() decisionComment?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The new payment an approval created' })
  newPaymentId?: string;
}
