import { DIVISION_LEVELS, type DivisionLevel } from '@civic/domain/dashboards';
import { ApiProperty } from '@nestjs/swagger';

/** A division a dashboard shows (R1): the area asked for, or one of its children. */
export class DashboardAreaView {
  @ApiProperty({ example: '4501' }) code: string;
  @ApiProperty({
    example: '南宁市',
    description: "The division's name, from the gateway's divisions list (services answer '')",
  })
  name: string;
  @ApiProperty({ enum: DIVISION_LEVELS, enumName: 'DivisionLevel' }) level: DivisionLevel;
}

/**
 * A part of a whole (libs/domain/dashboards shareOf): `percent` has one decimal and is never 0 for
 * a part above zero nor 100 for a part below the whole; `text` is what to show ("<0.1%").
 */
export class DashboardShareView {
  @ApiProperty({ example: 13_345 }) part: number;
  @ApiProperty({ example: 5_000_000 }) whole: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.3, description: 'Null without a whole' })
  percent: number | null;
  @ApiProperty({ example: '0.3%' }) text: string;
}

/**
 * A share held against a policy (R10 Party-led, R12 public welfare, R14 rural reserve 30 % by
 * default, R21 eldercare floor 55 %): the policy's floor where it names a number, and whether the
 * share reaches it exactly.
 */
export class PolicyShareView extends DashboardShareView {
  @ApiProperty({ example: 'R14' }) rule: string;
  @ApiProperty({ type: Number, nullable: true, example: 30, description: 'Null: no number set' })
  targetPercent: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null without a target or a whole' })
  met: boolean | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026.1',
    description: 'The policy version the target comes from; null without a target',
  })
  policyVersion: string | null;
}
