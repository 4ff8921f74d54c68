import { LOTTERY_PURPOSES, type LotteryPurpose } from '@civic/domain/lottery';
import {
  AREA_TYPES,
  type AreaType,
  ORGANIZATION_CATEGORIES,
  type OrganizationCategory,
} from '@civic/domain/organizations';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';

/**
 * Who the money of a commitment goes to, as the programme knew it from its organization snapshot
 * when it asked (issue #18): where it is (R1) and the facts the funding shares are held against,
 * rural (R8, R14), public welfare and government functions (R12), Party-led (R10), and for a lottery
 * subsidy its purpose (R20; eldercare's share, R21). Finance keeps no organization snapshots, so it
 * counts its funding tally by these.
 */
export class CommitmentRecipientV2 {
  /** The street or township (R1), 9 digits. */
  @Matches(/^\d{9}$/)
  streetCode: string;

  /** The county, 6 digits: the street's first six. */
  @Matches(/^\d{6}$/)
  countyCode: string;

  @IsIn(AREA_TYPES)
  areaType: AreaType;

  @IsIn(ORGANIZATION_CATEGORIES)
  category: OrganizationCategory;

  /** Led by a Party member (R10), as the registry computes it (isPartyLed). */
  @IsBoolean()
  partyLed: boolean;

  /** Takes on government functions (承接政府职能, R12). */
  @IsBoolean()
  takesGovernmentFunctions: boolean;

  /** A lottery subsidy's purpose (R20): ELDERLY counts towards the eldercare floor (R21). */
  @IsOptional()
  @IsIn(LOTTERY_PURPOSES)
  purpose?: LotteryPurpose;
}
