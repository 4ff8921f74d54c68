import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One broken rule on one field, in the language asked for by Accept-Language. */
export class ViolationView {
  @ApiProperty({ example: 'postalAddress.postcode' }) field: string;
  @ApiProperty({ example: 'matches' }) rule: string;
  @ApiProperty({ example: '邮政编码必须是 6 位数字' }) message: string;
}

/** Every refusal (4xx): the status, a message, and for bad input each broken rule. */
export class ErrorView {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'postcode must be 6 digits' }) message: string;
  @ApiPropertyOptional({ example: 'ACCOUNT_LOCKED' }) code?: string;
  @ApiPropertyOptional({ type: [ViolationView] }) violations?: ViolationView[];
  @ApiPropertyOptional({ format: 'date-time', description: 'With 423: locked until' })
  lockedUntil?: string;
  @ApiPropertyOptional({ description: 'With 503: the service that did not answer' })
  service?: string;
}
