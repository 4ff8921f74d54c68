import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { PROGRAMMES, type ProgrammeName } from './programmes';

/** What every payment message carries: which payment, against which commitment, for whom. */
export abstract class PaymentMessageV1 {
  /** The programme's payment id: the business key and the bank's idempotency key (R28). */
  @IsUUID()
  paymentId: string;

  @IsUUID()
  commitmentId: string;

  @IsIn(PROGRAMMES)
  programme: ProgrammeName;

  @IsUUID()
  organizationId: string;

  /** Integer fen (rule R26). */
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amountFen: number;
}
