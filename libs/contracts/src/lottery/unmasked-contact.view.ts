import { ApiProperty } from '@nestjs/swagger';

/**
 * An application's phone and payee account number in full (R30), shown to an officer who calls
 * the applicant or a finance maker or checker who pays it (R28); each showing is audited (R31).
 */
export class UnmaskedApplicationContactView {
  @ApiProperty({ example: '13800771234' }) contactPhone: string;
  @ApiProperty({ example: '6222020102003456789' }) accountNumber: string;
  @ApiProperty({ example: '青秀区长者关爱协会' }) accountName: string;
  @ApiProperty({ example: '广西北部湾银行南宁分行' }) bankName: string;
  @ApiProperty({ description: 'The audit entry that recorded this unmasking (R31)' })
  auditSeq: string;
}
