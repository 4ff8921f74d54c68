import { ApiProperty } from '@nestjs/swagger';

/** One reason for a priority bonus (R13, R8, R6, R9), with its points. */
export class PriorityReasonView {
  @ApiProperty() code: string;
  @ApiProperty({ enum: ['R13', 'R8', 'R6', 'R9'] }) rule: string;
  @ApiProperty() points: number;
  @ApiProperty() message: string;
  @ApiProperty() messageZh: string;
}

export class PriorityView {
  @ApiProperty({ description: 'Bonus in percent (R13)' }) bonus: number;
  @ApiProperty() policyVersion: string;
  @ApiProperty({ type: [PriorityReasonView] }) reasons: PriorityReasonView[];
}
