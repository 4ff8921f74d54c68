import { ApiProperty } from '@nestjs/swagger';

/**
 * A record's contact phone in full (R30), shown to an officer who calls its applicant or a finance
 * maker or checker (R28); each showing is audited (R31).
 */
export class UnmaskedPhoneView {
  @ApiProperty({ example: '13800771234' }) contactPhone: string;
  @ApiProperty({ description: 'The audit entry that recorded this unmasking (R31)' })
  auditSeq: string;
}

/**
 * A record's payee account number in full (R28, R30), with its holder and bank, shown to an
 * officer or a finance maker or checker who pays it; each showing is audited (R31).
 */
export class UnmaskedAccountView {
  @ApiProperty({ example: '6222020102003456789' }) accountNumber: string;
  @ApiProperty({ example: '青秀区长者关爱协会' }) accountName: string;
  @ApiProperty({ example: '广西北部湾银行南宁分行' }) bankName: string;
  @ApiProperty({ description: 'The audit entry that recorded this unmasking (R31)' })
  auditSeq: string;
}
