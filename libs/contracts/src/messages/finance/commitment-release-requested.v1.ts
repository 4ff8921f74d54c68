import { ArrayMaxSize, IsArray, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

/**
 * `finance.commitment-release-requested.v1`: a programme will pay no more of a commitment (a
 * subsidy withdrawn, an award whose evaluation failed, a payment failed for good and not to be
 * re-issued). Finance closes the commitment: of the payments the programme no longer wants
 * (`cancelPaymentIds`), those not batched yet are cancelled; what is neither paid nor on its way
 * to the bank is released to the budget with a RELEASE posting (rule R27). Payments already due
 * and not named (a tranche whose milestone was approved) are still paid. Asked twice, closed once.
 */
export class CommitmentReleaseRequestedV1 {
  @IsUUID()
  commitmentId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  @IsString()
  @Length(1, 500)
  reason: string;

  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  cancelPaymentIds: string[];
}
